package se.samverkan.followup.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import se.samverkan.base.ui.Formats;
import se.samverkan.base.ui.UiIcon;

/** The further dates of a series on chosen dates: pick a date, add it; each added date can be removed. */
class DateListField extends CustomField<List<LocalDate>> {

    private final TreeSet<LocalDate> dates = new TreeSet<>();
    private final UnorderedList list = new UnorderedList();
    private final DatePicker picker;

    DateListField(String label) {
        setLabel(label);
        picker = Pickers.date(this, "followUp.dates.pick");
        Button add = new Button(getTranslation("followUp.dates.add"), UiIcon.PLUS.create(), click -> {
            if (picker.getValue() != null) {
                dates.add(picker.getValue());
                picker.clear();
                refresh();
                updateValue();
            }
        });
        HorizontalLayout row = new HorizontalLayout(picker, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        list.addClassName("date-list");
        add(new Div(row, list));
    }

    private void refresh() {
        list.removeAll();
        for (LocalDate date : dates) {
            Button remove = new Button(UiIcon.CLOSE.create(), click -> {
                dates.remove(date);
                refresh();
                updateValue();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel(getTranslation("followUp.dates.remove", Formats.date(date)));
            list.add(new ListItem(new Span(Formats.date(date)), remove));
        }
    }

    @Override
    protected List<LocalDate> generateModelValue() {
        return new ArrayList<>(dates);
    }

    @Override
    protected void setPresentationValue(List<LocalDate> value) {
        dates.clear();
        if (value != null) {
            dates.addAll(value);
        }
        refresh();
    }
}
