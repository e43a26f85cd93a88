package se.samverkan.agreement.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.NotificationVariant;

import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.actionplan.PlanRef;
import se.samverkan.base.ui.Formats;
import se.samverkan.base.ui.ServiceErrors;
import se.samverkan.base.ui.UiIcon;

/** The agreement's action plans, newest first; those who manage the agreement add and edit them. */
class PlanSection extends Section {

    private final ActionPlanService actionPlans;
    private final long agreementId;
    private final boolean manageable;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph empty = new Paragraph(getTranslation("plans.empty"));

    PlanSection(ActionPlanService actionPlans, long agreementId, boolean manageable) {
        this.actionPlans = actionPlans;
        this.agreementId = agreementId;
        this.manageable = manageable;
        addClassName("plan-section");
        H2 heading = new H2(getTranslation("plans.heading"));
        heading.setId("plans-heading");
        getElement().setAttribute("aria-labelledby", "plans-heading");
        list.addClassName("manage-list");
        add(heading, empty, list);
        if (manageable) {
            add(new Button(getTranslation("plans.new"), UiIcon.PLUS.create(),
                    click -> new PlanDialog(actionPlans, agreementId, null, this::saved).open()));
        }
        refresh();
    }

    private void saved() {
        ServiceErrors.notice(this, getTranslation("plans.saved"), NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<PlanRef> plans = actionPlans.findPlans(agreementId);
        empty.setVisible(plans.isEmpty());
        list.setVisible(!plans.isEmpty());
        for (PlanRef plan : plans) {
            Span period = new Span(Formats.period(this, plan.periodStart(), plan.periodEnd()));
            period.addClassName("entry-note");
            Div text = new Div(new Span(plan.title()), period);
            text.addClassName("entry-text");
            ListItem entry = new ListItem(text);
            entry.addClassName("plan-entry");
            if (manageable) {
                Button edit = new Button(getTranslation("common.edit"), UiIcon.EDIT.create(),
                        click -> new PlanDialog(actionPlans, agreementId, plan, this::saved).open());
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
                edit.setAriaLabel(getTranslation("common.edit") + ": " + plan.title());
                Div buttons = new Div(edit);
                buttons.addClassName("entry-buttons");
                entry.add(buttons);
            }
            list.add(entry);
        }
    }
}
