package se.samverkan.followup.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import se.samverkan.base.ui.ServiceErrors;
import se.samverkan.followup.Decision;
import se.samverkan.followup.FollowUpDetails;
import se.samverkan.followup.FollowUpService;
import se.samverkan.followup.FollowUpStatus;
import se.samverkan.followup.MeetingService;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.base.ui.UiIcon;

/** After the meeting: the minutes and outcome, and the decisions with the action items they created. */
class MinutesPanel extends Composite<Div> {

    MinutesPanel(FollowUpDetails followUp, MeetingService meetings, FollowUpService followUps,
            OrganisationService organisations, Runnable changed) {
        Div content = getContent();
        content.addClassName("minutes");
        boolean editable = followUp.manageable() && followUp.status() != FollowUpStatus.CANCELLED;
        if (followUp.minutes() == null) {
            content.add(new Paragraph(getTranslation("minutes.none")));
        } else {
            Paragraph minutes = new Paragraph(followUp.minutes());
            minutes.addClassName("pre-line");
            content.add(minutes);
            if (followUp.outcome() != null) {
                content.add(new H3(getTranslation("minutes.outcome")));
                Paragraph outcome = new Paragraph(followUp.outcome());
                outcome.addClassName("pre-line");
                content.add(outcome);
            }
        }
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        if (editable && !followUp.date().isAfter(followUps.today())) {
            buttons.add(new Button(getTranslation(followUp.minutes() == null ? "minutes.write" : "minutes.edit"),
                    UiIcon.EDIT.create(), click -> new MinutesDialog(followUp, meetings, changed).open()));
        }

        content.add(new H3(getTranslation("decisions.heading")));
        if (followUp.decisions().isEmpty()) {
            content.add(new Paragraph(getTranslation("decisions.none")));
        } else {
            UnorderedList list = new UnorderedList();
            for (Decision decision : followUp.decisions()) {
                ListItem row = new ListItem(new Span(decision.text()));
                if (decision.actionItemId() != null) {
                    row.add(new Span(" – "), FollowUpFormats.routeLink("action-items/" + decision.actionItemId(),
                            getTranslation("decisions.item", decision.actionItemTitle())));
                }
                if (editable) {
                    Button remove = new Button(UiIcon.TRASH.create(), click -> {
                        if (ServiceErrors.attempt(this, java.util.Map.of(),
                                () -> meetings.removeDecision(followUp.id(), followUp.version(), decision.id()))) {
                            changed.run();
                        }
                    });
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
                    remove.setAriaLabel(getTranslation("decisions.remove", decision.text()));
                    row.add(remove);
                }
                list.add(row);
            }
            content.add(list);
        }
        if (editable) {
            buttons.add(new Button(getTranslation("decisions.add"), UiIcon.PLUS.create(),
                    click -> new DecisionDialog(followUp, meetings, followUps, organisations, changed).open()));
        }
        content.add(buttons);
    }
}
