package se.samverkan.actionplan.ui;

import java.time.LocalDate;
import java.util.Map;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;

import se.samverkan.actionplan.IndicatorDetails;
import se.samverkan.actionplan.IndicatorService;
import se.samverkan.actionplan.IndicatorSplit;
import se.samverkan.actionplan.MeasurementDraft;
import se.samverkan.base.ui.ComponentTexts;
import se.samverkan.base.ui.ServiceErrors;

/** Records one measured value: date, series (for split indicators), value and a comment. */
class MeasurementForm extends Div {

    MeasurementForm(IndicatorService service, IndicatorDetails indicator, Runnable afterSave) {
        addClassName("measurement-form");
        DatePicker measuredOn = ComponentTexts.localized(new DatePicker(getTranslation("measurement.measuredOn")));
        measuredOn.setLocale(getLocale());
        measuredOn.setMax(LocalDate.now());
        measuredOn.setI18n(ComponentTexts.datePicker(getLocale())
                .setMaxErrorMessage(getTranslation("indicator.error.future")));
        ComboBox<IndicatorSplit.Series> series = new ComboBox<>();
        series.setLabel(getTranslation("measurement.series"));
        series.setItems(indicator.split().series());
        series.setItemLabelGenerator(s -> getTranslation("indicator.series." + s.name()));
        series.setVisible(indicator.split() != IndicatorSplit.NONE);
        BigDecimalField value = new BigDecimalField(getTranslation("measurement.value"));
        value.setSuffixComponent(new com.vaadin.flow.component.html.Span(indicator.unit()));
        TextField comment = new TextField(getTranslation("measurement.comment"));
        comment.setMaxLength(500);

        BeanValidationBinder<MeasurementDraft> binder = new BeanValidationBinder<>(MeasurementDraft.class);
        binder.forField(measuredOn).bind("measuredOn");
        binder.forField(series).bind("series");
        binder.forField(value).bind("value");
        binder.forField(comment).bind("comment");
        MeasurementDraft draft = new MeasurementDraft();
        draft.setMeasuredOn(LocalDate.now());
        draft.setSeries(indicator.split().series().getFirst());
        binder.readBean(draft);

        Button save = new Button(getTranslation("measurement.save"), click -> {
            if (!binder.writeBeanIfValid(draft)) {
                binder.validate();
                return;
            }
            Map<String, HasValidation> fields = Map.of("measuredOn", measuredOn, "series", series, "value", value,
                    "comment", comment);
            if (ServiceErrors.attempt(this, fields, () -> service.addMeasurement(indicator.id(), draft))) {
                afterSave.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(measuredOn, series, value, comment);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 4));
        add(form, save);
    }
}
