package se.samverkan.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A fresh database is migrated without the 13 warnings about names MariaDB ignores on primary keys. */
@ExtendWith(OutputCaptureExtension.class)
class PrimaryKeyNameNotesTest {

    private static int ignoredNames(String output) {
        Matcher m = Pattern.compile("ignored for PRIMARY key").matcher(output);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    @Test
    void theNotesAboutPrimaryKeyNamesAreLeftOutAndNothingElse(CapturedOutput output) {
        Path dataDir = Path.of("target", "test-db", "notes-" + UUID.randomUUID(), "data");
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(new EmbeddedMariaDbProperties(dataDir, null, 0, "samverkan"))) {
            Flyway plain = Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password())
                    .cleanDisabled(false).load();
            plain.migrate();
            // without the callback, as before: the check below can see them
            assertThat(ignoredNames(output.getAll())).isEqualTo(13);
            plain.clean();

            int before = output.getAll().length();
            Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password())
                    .callbacks(new PrimaryKeyNameNotes()).load().migrate();
            String second = output.getAll().substring(before);
            assertThat(second).contains("Successfully applied");
            assertThat(ignoredNames(second)).isZero();
        }
    }
}
