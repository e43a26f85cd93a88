package se.samverkan.organisation.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.base.ui.ServiceErrors;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.organisation.PersonRef;

/**
 * Hands every item a person is responsible for or deputy on over to someone else, in one step (when they leave or
 * change jobs), after a confirmation; says how many items went over.
 */
class HandOverPanel extends Section {

    private final ActionPlanService actionPlans;
    private final PersonRef from;
    private final ComboBox<PersonRef> to = new ComboBox<>();
    private final Paragraph result = new Paragraph();

    HandOverPanel(ActionPlanService actionPlans, OrganisationService organisations, PersonRef from) {
        this.actionPlans = actionPlans;
        this.from = from;
        addClassName("hand-over");
        H2 heading = new H2(getTranslation("handOver.heading"));
        heading.setId("hand-over-heading");
        getElement().setAttribute("aria-labelledby", "hand-over-heading");

        to.setLabel(getTranslation("handOver.to"));
        to.setHelperText(getTranslation("handOver.to.help"));
        to.setItems(query -> organisations.findPeople(query.getFilter().orElse(null), null, true, query.getOffset(),
                query.getLimit()).stream());
        to.setItemLabelGenerator(p -> p.displayName() + " (" + p.organisationName() + ")");
        to.addClassName("person-picker");
        Button submit = new Button(getTranslation("handOver.submit"), click -> confirm());
        FlexLayout row = new FlexLayout(to, submit);
        row.addClassName("hand-over-row");
        // announced when it changes
        result.getElement().setAttribute("role", "status");
        result.addClassName("hand-over-result");

        add(heading, new Paragraph(getTranslation("handOver.intro", from.displayName())), row, result);
    }

    private void confirm() {
        PersonRef target = to.getValue();
        if (target == null) {
            to.setErrorMessage(getTranslation("handOver.error.choose"));
            to.setInvalid(true);
            to.focus();
            return;
        }
        to.setInvalid(false);
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("handOver.confirm.heading"));
        dialog.setText(getTranslation("handOver.confirm.text", from.displayName(), target.displayName()));
        dialog.setConfirmText(getTranslation("handOver.submit"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        // the default tertiary blue on the grey footer falls short of 4.5:1 (axe-core)
        dialog.setCancelButtonTheme("tertiary contrast");
        dialog.addConfirmListener(confirmed -> handOver(target));
        dialog.open();
    }

    private void handOver(PersonRef target) {
        int[] count = new int[1];
        if (ServiceErrors.attempt(this, Map.of("toPersonId", to),
                () -> count[0] = actionPlans.handOverItems(from.id(), target.id()))) {
            String text = getTranslation("handOver.done", count[0], target.displayName());
            result.setText(text);
            ServiceErrors.notice(this, text, NotificationVariant.LUMO_SUCCESS);
            to.clear();
        }
    }
}
