package se.samverkan.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

    private final Path dataDir = Path.of("target", "test-db", "restart-" + UUID.randomUUID(), "data");

    @Test
    void restartOnTheSameDataDirectoryKeepsEveryRow() throws SQLException {
        EmbeddedMariaDbProperties properties = new EmbeddedMariaDbProperties(dataDir, null, 0, "samverkan");

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(properties)) {
            Flyway.configure().dataSource(db.jdbcUrl(), "root", "").load().migrate();
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "root", "");
                    Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO organisation (name, kind, agency) VALUES ('Testkommunen', 'MUNICIPALITY', 'CITY')");
            }
        }

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(properties);
                Connection c = DriverManager.getConnection(db.jdbcUrl(), "root", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM organisation")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Testkommunen");
            assertThat(rs.next()).isFalse();
            // a second start applies nothing new and keeps the history
            assertThat(Flyway.configure().dataSource(db.jdbcUrl(), "root", "").load().migrate().migrationsExecuted)
                    .isZero();
        }
    }

    @Test
    void refusesADataDirectoryInTheTempDirWhereMariaDb4jWouldWipeIt() {
        Path inTemp = Path.of(System.getProperty("java.io.tmpdir"), "samverkan-" + UUID.randomUUID());
        EmbeddedMariaDbProperties properties = new EmbeddedMariaDbProperties(inTemp, null, 0, "samverkan");

        assertThatThrownBy(() -> EmbeddedMariaDb.start(properties))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("temp dir");
    }

    @Test
    void baseDirectoryDefaultsToASiblingOfTheDataDirectory() {
        EmbeddedMariaDbProperties properties = new EmbeddedMariaDbProperties(Path.of("/srv/samverkan/db"), null,
                null, null);

        assertThat(properties.baseDir()).isEqualTo(Path.of("/srv/samverkan/db-base"));
        assertThat(properties.port()).isZero();
        assertThat(properties.database()).isEqualTo("samverkan");
    }
}
