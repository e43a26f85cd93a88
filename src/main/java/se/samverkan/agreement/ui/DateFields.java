package se.samverkan.agreement.ui;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.datepicker.DatePicker;

import se.samverkan.base.ui.TranslationProvider;

/**
 * Vaadin's own texts of date pickers and multi-select boxes in the user's language: month and day names from Java's
 * locale data, the rest from the bundles. Dates are written 2026-11-29 in both languages, as {@code Formats} shows
 * them.
 */
final class DateFields {

    private DateFields() {
    }

    static DatePicker datePicker(String label) {
        DatePicker picker = new DatePicker(label);
        Locale locale = TranslationProvider.supported(picker.getLocale());
        picker.setLocale(locale);
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setDateFormat("yyyy-MM-dd")
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE,
                        locale)).toList())
                .setWeekdays(weekdays(TextStyle.FULL, locale))
                .setWeekdaysShort(weekdays(TextStyle.SHORT, locale))
                .setFirstDayOfWeek(1)
                .setToday(picker.getTranslation("vaadin.datePicker.today"))
                .setCancel(picker.getTranslation("vaadin.datePicker.cancel"))
                .setBadInputErrorMessage(picker.getTranslation("vaadin.datePicker.badInput")));
        return picker;
    }

    /** Sunday first, as the web component expects. */
    private static List<String> weekdays(TextStyle style, Locale locale) {
        DayOfWeek[] days = { DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY };
        return Arrays.stream(days).map(d -> d.getDisplayName(style, locale)).toList();
    }

    static <T> void translate(MultiSelectComboBox<T> box) {
        box.setI18n(new MultiSelectComboBoxI18n()
                .setCleared(box.getTranslation("vaadin.multiSelect.cleared"))
                .setFocused(box.getTranslation("vaadin.multiSelect.focused"))
                .setSelected(box.getTranslation("vaadin.multiSelect.selected"))
                .setDeselected(box.getTranslation("vaadin.multiSelect.deselected"))
                .setTotal(box.getTranslation("vaadin.multiSelect.total")));
    }
}
