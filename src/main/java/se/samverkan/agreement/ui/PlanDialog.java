package se.samverkan.agreement.ui;

import java.time.LocalDate;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import se.samverkan.actionplan.ActionItemDraft;
import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.actionplan.PlanRef;
import se.samverkan.base.ui.ServiceErrors;

/** Creates an action plan for the agreement, or edits one's title and period. */
class PlanDialog extends Dialog {

    /** What the form edits; the service takes these as arguments. */
    static final class Fields {
        private String title;
        private LocalDate start;
        private LocalDate end;
    }

    private final Binder<Fields> binder = new Binder<>();
    private final TextField title = new TextField(getTranslation("actionPlan.title"));
    private final DatePicker start = DateFields.datePicker(getTranslation("actionPlan.periodStart"));
    private final DatePicker end = DateFields.datePicker(getTranslation("actionPlan.periodEnd"));

    /**
     * @param plan  the plan, or {@code null} for a new one
     * @param saved called after a successful save
     */
    PlanDialog(ActionPlanService actionPlans, long agreementId, PlanRef plan, Runnable saved) {
        setHeaderTitle(getTranslation(plan == null ? "plans.new" : "plans.edit"));
        title.setMaxLength(ActionItemDraft.TITLE_MAX);
        binder.forField(title).asRequired(getTranslation("actionPlan.error.title"))
                .bind(f -> f.title, (f, value) -> f.title = value);
        binder.forField(start).asRequired(getTranslation("actionPlan.error.start"))
                .bind(f -> f.start, (f, value) -> f.start = value);
        binder.forField(end).asRequired(getTranslation("actionPlan.error.end"))
                .withValidator(value -> value == null || start.getValue() == null || !value.isBefore(start.getValue()),
                        getTranslation("actionPlan.error.period"))
                .bind(f -> f.end, (f, value) -> f.end = value);
        Fields fields = new Fields();
        if (plan != null) {
            fields.title = plan.title();
            fields.start = plan.periodStart();
            fields.end = plan.periodEnd();
        }
        binder.readBean(fields);
        FormLayout form = new FormLayout(title, start, end);
        form.setColspan(title, 2);
        add(form);
        setWidth("min(40rem, 100%)");

        Button save = new Button(getTranslation("common.save"), click -> {
            if (binder.writeBeanIfValid(fields) && ServiceErrors.attempt(this,
                    Map.of("title", title, "periodStart", start, "periodEnd", end), () -> {
                        if (plan == null) {
                            actionPlans.createPlan(agreementId, fields.title, fields.start, fields.end);
                        } else {
                            actionPlans.updatePlan(plan.id(), plan.version(), fields.title, fields.start,
                                    fields.end);
                        }
                    })) {
                close();
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                title.focus();
            }
        });
    }
}
