package se.samverkan.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every date picker of the app gets the app's settings ({@link ComponentTexts#datePicker}: dates as 2026-11-29, Monday
 * first, the messages in the user's language); left alone, the web component writes dates as 11/29/2026 in English.
 * A source check: each {@code new DatePicker(} is wrapped in {@link ComponentTexts#localized}, or made by one of the
 * two factories that set the same settings.
 */
class DatePickerSetupTest {

    private static final Set<String> FACTORIES = Set.of("DateFields.java", "Pickers.java");

    @Test
    void everyDatePickerGetsTheAppsDateSettings() throws IOException {
        List<String> made = new ArrayList<>();
        List<String> bare = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains("new DatePicker(")) {
                        String where = file.getFileName() + ":" + (i + 1);
                        made.add(where);
                        if (!lines.get(i).contains("localized(new DatePicker(")
                                && !FACTORIES.contains(file.getFileName().toString())) {
                            bare.add(where);
                        }
                    }
                }
            }
        }
        assertThat(made).as("date pickers found in the sources").hasSizeGreaterThanOrEqualTo(15);
        assertThat(bare).as("date pickers without the app's settings").isEmpty();
    }
}
