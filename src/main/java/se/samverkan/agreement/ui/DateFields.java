package se.samverkan.agreement.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;

import se.samverkan.base.ui.ComponentTexts;
import se.samverkan.base.ui.TranslationProvider;

/**
 * Date pickers and multi-select boxes with Vaadin's own texts in the user's language ({@link ComponentTexts}): dates
 * written 2026-11-29 in both languages, as {@code Formats} shows them, Monday first.
 */
final class DateFields {

    private DateFields() {
    }

    static DatePicker datePicker(String label) {
        return ComponentTexts.localized(new DatePicker(label));
    }

    static <T> void translate(MultiSelectComboBox<T> box) {
        UI ui = UI.getCurrent();
        box.setI18n(ComponentTexts.multiSelectComboBox(TranslationProvider.supported(ui == null ? null : ui.getLocale())));
    }
}
