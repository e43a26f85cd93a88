package se.samverkan.followup.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.timepicker.TimePicker;

import se.samverkan.base.ui.ComponentTexts;

/** Date and time pickers that speak the user's language and write dates as 2026-11-29, as the rest of the app does. */
final class Pickers {

    private Pickers() {
    }

    static DatePicker date(Component context, String labelKey) {
        DatePicker picker = new DatePicker(context.getTranslation(labelKey));
        Locale locale = com.vaadin.flow.component.UI.getCurrent() == null ? Locale.of("sv")
                : com.vaadin.flow.component.UI.getCurrent().getLocale();
        picker.setLocale(locale);
        picker.setI18n(ComponentTexts.datePicker(locale));
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
