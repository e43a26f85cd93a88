package se.samverkan.actionplan.ui;

import java.util.Map;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;

import se.samverkan.actionplan.IndicatorDirection;
import se.samverkan.actionplan.IndicatorDraft;
import se.samverkan.actionplan.IndicatorService;
import se.samverkan.actionplan.IndicatorSplit;
import se.samverkan.base.ui.ComponentTexts;
import se.samverkan.base.ui.ServiceErrors;

/** Defines a new indicator, or changes one ({@code indicatorId} given): name, unit, direction, split, baseline, target. */
class IndicatorDialog extends Dialog {

    IndicatorDialog(IndicatorService service, IndicatorDraft draft, Long indicatorId, LongConsumer afterSave) {
        setHeaderTitle(getTranslation(indicatorId == null ? "indicator.new" : "indicator.edit"));
        TextField name = new TextField(getTranslation("indicator.name"));
        name.setMaxLength(250);
        TextField unit = new TextField(getTranslation("indicator.unit"));
        unit.setMaxLength(40);
        unit.setHelperText(getTranslation("indicator.unit.help"));
        ComboBox<IndicatorDirection> direction = new ComboBox<>();
        direction.setLabel(getTranslation("indicator.direction"));
        direction.setItems(IndicatorDirection.values());
        direction.setItemLabelGenerator(d -> getTranslation("indicator.direction." + d.name()));
        ComboBox<IndicatorSplit> split = new ComboBox<>();
        split.setLabel(getTranslation("indicator.split"));
        split.setItems(IndicatorSplit.values());
        split.setItemLabelGenerator(s -> getTranslation("indicator.split." + s.name()));
        BigDecimalField baselineValue = new BigDecimalField(getTranslation("indicator.baselineValue"));
        DatePicker baselineDate = ComponentTexts.localized(new DatePicker(getTranslation("indicator.baselineDate")));
        BigDecimalField targetValue = new BigDecimalField(getTranslation("indicator.targetValue"));
        DatePicker targetDate = ComponentTexts.localized(new DatePicker(getTranslation("indicator.targetDate")));
        baselineDate.setLocale(getLocale());
        targetDate.setLocale(getLocale());
        TextArea description = new TextArea(getTranslation("indicator.description"));
        description.setMaxLength(4000);

        BeanValidationBinder<IndicatorDraft> binder = new BeanValidationBinder<>(IndicatorDraft.class);
        binder.forField(name).bind("name");
        binder.forField(unit).bind("unit");
        binder.forField(direction).bind("direction");
        binder.forField(split).bind("split");
        binder.forField(baselineValue).bind("baselineValue");
        binder.forField(baselineDate).bind("baselineDate");
        binder.forField(targetValue).bind("targetValue");
        binder.forField(targetDate).bind("targetDate");
        binder.forField(description).bind("description");
        binder.readBean(draft);

        FormLayout form = new FormLayout(name, unit, direction, split, baselineValue, baselineDate, targetValue,
                targetDate, description);
        form.setColspan(name, 2);
        form.setColspan(description, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);

        Map<String, HasValidation> fields = Map.of("name", name, "unit", unit, "direction", direction, "split", split,
                "baselineValue", baselineValue, "baselineDate", baselineDate, "targetValue", targetValue,
                "targetDate", targetDate, "description", description);
        Button save = new Button(getTranslation("action.save"), click -> {
            if (!binder.writeBeanIfValid(draft)) {
                binder.validate();
                return;
            }
            long[] id = { indicatorId == null ? 0 : indicatorId };
            if (ServiceErrors.attempt(this, fields, () -> {
                if (indicatorId == null) {
                    id[0] = service.createIndicator(draft);
                } else {
                    service.updateIndicator(indicatorId, draft);
                }
            })) {
                close();
                afterSave.accept(id[0]);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("min(40rem, 100vw)");
    }
}
