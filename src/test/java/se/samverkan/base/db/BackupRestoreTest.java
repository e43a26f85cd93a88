package se.samverkan.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverkan.IntegrationTest;

/**
 * A backup of the demo database, restored into a fresh data directory, holds the same rows in every table (compared
 * by count and by MariaDB's own table checksum), the same schema version and the audit log's append-only triggers.
 * The command-line form works on a stopped and on a running embedded database.
 */
@IntegrationTest
class BackupRestoreTest {

    /** Quotes, a backslash, line breaks, a statement's end and a comment's start inside one text. */
    static final String TRICKY = "Säkerhetskopian O'Brien \\ \"citat\"\nny rad;\r\n-- ingen kommentar;";

    @Autowired
    DataSource dataSource;

    private static Map<String, String> fingerprint(Connection connection) throws SQLException {
        Map<String, String> tables = new LinkedHashMap<>();
        try (Statement s = connection.createStatement();
                ResultSet names = s.executeQuery("SELECT TABLE_NAME FROM information_schema.TABLES WHERE "
                        + "TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (names.next()) {
                tables.put(names.getString(1), null);
            }
        }
        try (Statement s = connection.createStatement()) {
            for (String table : tables.keySet()) {
                try (ResultSet count = s.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
                    count.next();
                    String rows = count.getString(1);
                    try (ResultSet checksum = s.executeQuery("CHECKSUM TABLE `" + table + "`")) {
                        checksum.next();
                        tables.put(table, rows + " rows, checksum " + checksum.getString(2));
                    }
                }
            }
        }
        return tables;
    }

    /** Every row of the table as text, in key order: the same rows read the same. */
    private static java.util.List<String> rows(Connection connection, String table) throws SQLException {
        java.util.List<String> rows = new java.util.ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM `" + table + "` ORDER BY 1")) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    // typed values: the driver's text of DATETIME(3) is not to be trusted (see DatabaseDump)
                    row.append(i > 1 ? " | " : "").append(rs.getObject(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static Connection connect(EmbeddedMariaDb db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
    }

    @Test
    void aRestoredBackupHoldsTheSameRowsInEveryTable() throws Exception {
        StringWriter backup = new StringWriter();
        Map<String, String> original;
        Map<String, java.util.List<String>> originalRows = new LinkedHashMap<>();
        long rows;
        try (Connection source = dataSource.getConnection()) {
            rows = DatabaseDump.dump(source, backup);
            original = fingerprint(source);
            for (String table : new String[] { "audit_event", "user_account", "agreement", "action_item" }) {
                originalRows.put(table, rows(source, table));
            }
        }
        assertThat(original).containsKeys("agreement", "action_item", "user_account", "audit_event",
                "flyway_schema_history", "QRTZ_LOCKS");
        assertThat(rows).isPositive();

        Path fresh = Path.of("target", "test-db", "restore-" + UUID.randomUUID(), "data");
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(new EmbeddedMariaDbProperties(fresh, null, 0, "samverkan"));
                Connection target = connect(db)) {
            DatabaseDump.restore(target, new StringReader(backup.toString()));

            for (var table : originalRows.entrySet()) {
                assertThat(rows(target, table.getKey())).as(table.getKey()).isEqualTo(table.getValue());
            }
            assertThat(fingerprint(target)).isEqualTo(original);
            assertThat(Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password()).load().info()
                    .pending()).isEmpty();
            try (Statement s = target.createStatement()) {
                // the audit log is still append-only
                assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_event"))
                        .hasMessageContaining("append-only");
            }
            // and a second restore into the now full database is refused
            assertThatThrownBy(() -> DatabaseDump.restore(target, new StringReader(backup.toString())))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("not empty");
        }
    }

    @Test
    void theCommandBacksUpAStoppedOrRunningEmbeddedDatabaseAndRestoresIntoANewOne() throws Exception {
        Path root = Path.of("target", "test-db", "backup-command-" + UUID.randomUUID()).toAbsolutePath();
        Path original = root.resolve("original");
        EmbeddedMariaDbProperties properties = new EmbeddedMariaDbProperties(original, null, 0, "samverkan");
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(properties)) {
            Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password()).load().migrate();
            try (Connection c = connect(db); var insert = c.prepareStatement(
                    "INSERT INTO organisation (name, kind, agency) VALUES (?, 'MUNICIPALITY', 'CITY')")) {
                insert.setString(1, TRICKY);
                insert.executeUpdate();
            }
            // while it runs, the command uses the running server
            assertThat(BackupCommand.run(new String[] { "backup", root.resolve("running.sql").toString(),
                    "--samverkan.db.embedded.data-dir=" + original })).isZero();
        }
        assertThat(BackupCommand.run(new String[] { "backup", root.resolve("stopped.sql").toString(),
                "--samverkan.db.embedded.data-dir=" + original })).isZero();
        assertThat(Files.readString(root.resolve("running.sql"))).contains("Säkerhetskopian");

        Path restored = root.resolve("restored");
        assertThat(BackupCommand.run(new String[] { "restore", root.resolve("stopped.sql").toString(),
                "--samverkan.db.embedded.data-dir=" + restored })).isZero();
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(new EmbeddedMariaDbProperties(restored, null, 0,
                "samverkan")); Connection c = connect(db); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM organisation")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(TRICKY);
        }
        // restoring again into the same, now full, database fails and says why
        assertThat(BackupCommand.run(new String[] { "restore", root.resolve("stopped.sql").toString(),
                "--samverkan.db.embedded.data-dir=" + restored })).isEqualTo(1);
    }
}
