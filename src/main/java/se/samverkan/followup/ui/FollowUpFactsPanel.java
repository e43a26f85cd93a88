package se.samverkan.followup.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;

import se.samverkan.base.ui.DetailList;
import se.samverkan.base.ui.Formats;
import se.samverkan.followup.FollowUpDetails;
import se.samverkan.followup.Named;

/** The facts of a follow-up: agreement, time, place, reporting deadline, scope and participants. */
class FollowUpFactsPanel extends Composite<DetailList> {

    FollowUpFactsPanel(FollowUpDetails f) {
        DetailList facts = getContent();
        facts.add(getTranslation("followUp.agreement"),
                FollowUpFormats.routeLink("agreements/" + f.agreementId(), f.agreementTitle()));
        facts.add(getTranslation("followUp.when"), getTranslation("followUp.whenValue",
                FollowUpFormats.when(f.date(), f.startTime()), f.durationMinutes()));
        facts.add(getTranslation("followUp.place"), f.place());
        if (f.meetingUrl() != null) {
            Anchor link = new Anchor(f.meetingUrl(), f.meetingUrl(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            facts.add(getTranslation("followUp.meetingUrl"), link);
        }
        facts.add(getTranslation("followUp.reportDeadline"), Formats.date(f.reportDeadline()));
        facts.add(getTranslation("followUp.areas"), f.areas().isEmpty() ? getTranslation("followUp.allAreas")
                : names(f.areas()));
        facts.add(getTranslation("followUp.organisations"), names(f.organisations()));
        facts.add(getTranslation("followUp.people"), names(f.people()));
        if (f.notes() != null) {
            facts.add(getTranslation("followUp.notes"), f.notes());
        }
    }

    private static String names(java.util.List<Named> list) {
        return list.stream().map(Named::name).collect(Collectors.joining(", "));
    }
}
