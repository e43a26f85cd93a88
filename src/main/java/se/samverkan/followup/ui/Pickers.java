package se.samverkan.followup.ui;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.timepicker.TimePicker;

/** Date and time pickers that speak the user's language and write dates as 2026-11-29, as the rest of the app does. */
final class Pickers {

    private Pickers() {
    }

    static DatePicker date(Component context, String labelKey) {
        DatePicker picker = new DatePicker(context.getTranslation(labelKey));
        Locale locale = com.vaadin.flow.component.UI.getCurrent() == null ? Locale.of("sv")
                : com.vaadin.flow.component.UI.getCurrent().getLocale();
        picker.setLocale(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                .toList());
        List<DayOfWeek> sundayFirst = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        i18n.setWeekdays(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList());
        i18n.setWeekdaysShort(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(context.getTranslation("picker.today"));
        i18n.setCancel(context.getTranslation("picker.cancel"));
        i18n.setDateFormat("yyyy-MM-dd");
        picker.setI18n(i18n);
        picker.setHelperText(context.getTranslation("picker.dateFormat"));
        return picker;
    }

    static TimePicker time(Component context, String labelKey) {
        TimePicker picker = new TimePicker(context.getTranslation(labelKey));
        picker.setLocale(Locale.of("sv"));
        picker.setStep(java.time.Duration.ofMinutes(15));
        return picker;
    }
}
