package se.samverkan.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.UploadI18N;

/** Vaadin's own texts come in Swedish and English, and the date picker reads and writes dates as the app shows them. */
class ComponentTextsTest {

    @Test
    void theDatePickerSpeaksSwedishStartsOnMondayAndUsesIsoDates() {
        DatePicker.DatePickerI18n swedish = ComponentTexts.datePicker(TranslationProvider.SWEDISH);
        assertThat(swedish.getMonthNames()).hasSize(12).startsWith("januari", "februari").endsWith("december");
        // Vaadin expects the weekdays from Sunday, whatever the first day of the week
        assertThat(swedish.getWeekdays()).hasSize(7).startsWith("söndag", "måndag").endsWith("lördag");
        assertThat(swedish.getWeekdaysShort()).startsWith("sön", "mån");
        assertThat(swedish.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(swedish.getDateFormats()).containsExactly("yyyy-MM-dd");
        assertThat(swedish.getToday()).isEqualTo("I dag");
        assertThat(swedish.getCancel()).isEqualTo("Avbryt");
        assertThat(swedish.getBadInputErrorMessage()).contains("ÅÅÅÅ-MM-DD");

        DatePicker.DatePickerI18n english = ComponentTexts.datePicker(TranslationProvider.ENGLISH);
        assertThat(english.getMonthNames()).startsWith("January");
        assertThat(english.getWeekdays()).startsWith("Sunday", "Monday");
        assertThat(english.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(english.getDateFormats()).containsExactly(ComponentTexts.DATE_FORMAT);
        assertThat(english.getToday()).isEqualTo("Today");
    }

    @Test
    void anUnknownLanguageGetsSwedish() {
        assertThat(ComponentTexts.datePicker(Locale.GERMAN).getMonthNames()).startsWith("januari");
        assertThat(ComponentTexts.menuBar(Locale.GERMAN).getMoreOptions()).isEqualTo("Fler alternativ");
    }

    @Test
    void theUploadSpeaksSwedishAndEnglish() {
        UploadI18N swedish = ComponentTexts.upload(TranslationProvider.SWEDISH);
        assertThat(swedish.getAddFiles().getOne()).isEqualTo("Ladda upp fil …");
        assertThat(swedish.getDropFiles().getMany()).isEqualTo("Släpp filerna här");
        assertThat(swedish.getError().getFileIsTooBig()).isEqualTo("Filen är för stor.");
        assertThat(swedish.getUploading().getError().getForbidden()).isEqualTo("Uppladdningen är inte tillåten.");
        assertThat(swedish.getFile().getRemove()).isEqualTo("Ta bort");

        UploadI18N english = ComponentTexts.upload(TranslationProvider.ENGLISH);
        assertThat(english.getAddFiles().getOne()).isEqualTo("Upload file …");
        assertThat(english.getFile().getRemove()).isEqualTo("Remove");
    }

    @Test
    void theFramesComponentsHaveTheirLabels() {
        assertThat(ComponentTexts.appLayout(TranslationProvider.SWEDISH).getDrawer()).isEqualTo("Meny");
        assertThat(ComponentTexts.sideNav(TranslationProvider.ENGLISH).getToggle()).isEqualTo("Show or hide child pages");
        assertThat(ComponentTexts.multiSelectComboBox(TranslationProvider.SWEDISH).getTotal()).isEqualTo("{count} valda");
        assertThat(ComponentTexts.closeButton(TranslationProvider.SWEDISH, () -> { }).getText()).isEqualTo("Stäng");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyPageStartsWithTheComponentsDefaultsInItsLanguage() {
        Map<String, Object> swedish = ComponentTexts.clientDefaults(TranslationProvider.SWEDISH);
        Map<String, Object> components = (Map<String, Object>) swedish.get("components");
        assertThat(components).containsKeys("vaadin-password-field", "vaadin-date-picker", "vaadin-upload",
                "vaadin-app-layout", "vaadin-side-nav-item", "vaadin-menu-bar", "vaadin-multi-select-combo-box");
        assertThat(components.get("vaadin-password-field")).isEqualTo(Map.of("reveal", "Visa lösenord"));
        assertThat((Map<String, Object>) components.get("vaadin-date-picker")).containsEntry("firstDayOfWeek", 1)
                .containsEntry("today", "I dag");
        assertThat((Map<String, Object>) swedish.get("connection")).containsEntry("offline",
                "Anslutningen till servern bröts");

        String script = PageSetup.script(TranslationProvider.ENGLISH);
        assertThat(script).contains("\"reveal\":\"Show password\"", "\"moreOptions\":\"More options\"",
                "\"January\"", "customElements").doesNotContain("(TEXTS)").doesNotContain("</");
    }
}
