package se.samverkan.base.db;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * {@code java -jar samverkan.jar backup FILE} and {@code java -jar samverkan.jar restore FILE}: a consistent dump of
 * the database the application is configured for (the embedded one, or {@code spring.datasource.*}), and its restore
 * into an empty database. Reads the same configuration as the application (./config/application.yml, environment,
 * {@code --name=value}). A backup of the embedded database works while the application runs (it connects to the
 * running server); a restore needs the application stopped and an empty database (for the embedded one: a new data
 * directory).
 */
public final class BackupCommand {

    private BackupCommand() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && ("backup".equals(args[0]) || "restore".equals(args[0]));
    }

    /** @return the process exit code */
    public static int run(String[] args) {
        if (args.length < 2 || args[1].startsWith("--")) {
            System.err.println("Usage: java -jar samverkan.jar backup|restore FILE [--name=value ...]");
            return 2;
        }
        Path file = Path.of(args[1]).toAbsolutePath();
        String[] settings = Arrays.copyOfRange(args, 2, args.length);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(settings)) {
            if ("backup".equals(args[0])) {
                long rows = backup(context, file);
                System.out.println("Backup written to " + file + " (" + rows + " rows)");
            } else {
                int statements = restore(context, file);
                System.out.println("Restored " + file + " (" + statements + " statements)");
            }
            return 0;
        } catch (RuntimeException | IOException | SQLException e) {
            System.err.println(args[0] + " failed: " + e.getMessage());
            return 1;
        }
    }

    static long backup(ConfigurableApplicationContext context, Path file) throws IOException, SQLException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        long rows;
        try (Database database = open(context, true);
                Writer out = new BufferedWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8))) {
            rows = DatabaseDump.dump(database.connection(), out);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return rows;
    }

    static int restore(ConfigurableApplicationContext context, Path file) throws IOException, SQLException {
        try (Database database = open(context, false);
                Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return DatabaseDump.restore(database.connection(), in);
        }
    }

    /** A connection, and the embedded server this command started for it, if any. */
    private record Database(Connection connection, EmbeddedMariaDb started) implements AutoCloseable {

        @Override
        public void close() throws SQLException {
            try {
                connection.close();
            } finally {
                if (started != null) {
                    started.close();
                }
            }
        }
    }

    private static Database open(ConfigurableApplicationContext context, boolean runningServerWillDo)
            throws SQLException {
        Environment environment = context.getEnvironment();
        String url = environment.getProperty("spring.datasource.url");
        if (StringUtils.hasText(url)) {
            return new Database(DriverManager.getConnection(url, environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password")), null);
        }
        EmbeddedMariaDbProperties properties = context.getBean(EmbeddedMariaDbProperties.class);
        try {
            EmbeddedMariaDb db = EmbeddedMariaDb.start(properties);
            return new Database(DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password()), db);
        } catch (DataDirectoryInUseException e) {
            if (!runningServerWillDo) {
                throw new IllegalStateException(e.getMessage() + ": stop it before a restore");
            }
            // the application runs: use its server, with the account and port it keeps in the data directory
            Path dataDir = properties.dataDir().toAbsolutePath().normalize();
            String port = OwnerOnlyFiles.read(dataDir.resolve(EmbeddedMariaDb.PORT_FILE));
            String password = OwnerOnlyFiles.read(dataDir.resolve(EmbeddedMariaDb.PASSWORD_FILE));
            return new Database(DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/"
                    + properties.database(), EmbeddedMariaDb.APP_USER, password), null);
        }
    }

    /** Nothing but the configuration: no web server, no scheduler, no migrations. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EmbeddedMariaDbProperties.class)
    static class Settings {
    }
}
