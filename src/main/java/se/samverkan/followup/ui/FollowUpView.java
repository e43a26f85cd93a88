package se.samverkan.followup.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.PermitAll;
import se.samverkan.base.ui.DetailView;
import se.samverkan.base.ui.Formats;
import se.samverkan.followup.CalendarService;
import se.samverkan.followup.FollowUpDetails;
import se.samverkan.followup.FollowUpService;
import se.samverkan.followup.FollowUpStatus;
import se.samverkan.followup.MeetingService;
import se.samverkan.followup.Recurrence;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.base.ui.UiIcon;

/**
 * One follow-up: when and where, who takes part, its reminders (for those who manage it), the agenda built from the
 * items in scope, and after the meeting the minutes and decisions. Its calendar file can be downloaded.
 */
@Route(FollowUpListView.ROUTE)
@PermitAll
@StyleSheet("context://styles/followup.css")
public class FollowUpView extends DetailView<FollowUpDetails> {

    private final FollowUpService followUps;
    private final MeetingService meetings;
    private final CalendarService calendars;
    private final OrganisationService organisations;
    private long id;

    public FollowUpView(FollowUpService followUps, MeetingService meetings, CalendarService calendars,
            OrganisationService organisations) {
        this.followUps = followUps;
        this.meetings = meetings;
        this.calendars = calendars;
        this.organisations = organisations;
        addClassName("follow-up-page");
    }

    @Override
    protected Optional<FollowUpDetails> load(long id) {
        this.id = id;
        return followUps.findFollowUp(id);
    }

    @Override
    protected String notFoundKey() {
        return "followUp.notFound";
    }

    @Override
    protected String title(FollowUpDetails followUp) {
        return followUp.title() + " " + Formats.date(followUp.date());
    }

    /** Shows the follow-up as it is saved now, after a change made on this page. */
    void reload() {
        followUps.findFollowUp(id).ifPresent(followUp -> {
            removeAll();
            render(followUp);
        });
    }

    @Override
    protected void render(FollowUpDetails followUp) {
        add(new RouterLink(getTranslation("followUps.back"), FollowUpListView.class));
        add(new H1(followUp.title() + " " + Formats.date(followUp.date())));
        Div badges = new Div(Formats.status(this, "followUp.status", followUp.status()),
                new Span(getTranslation("followUp.kind." + followUp.kind().name())));
        if (followUp.recurrence() != Recurrence.NONE) {
            badges.add(new Span(getTranslation("followUp.inSeries",
                    getTranslation("recurrence." + followUp.recurrence().name()))));
        }
        badges.addClassName("follow-up-badges");
        add(badges, new FollowUpFactsPanel(followUp), actions(followUp));
        if (followUp.manageable()) {
            add(new H2(getTranslation("reminders.heading")));
            add(new ReminderTriggersPanel(followUp, followUps.scheduledReminders(followUp.id()),
                    followUps.timeZone()));
        }
        add(new H2(getTranslation("agenda.heading")));
        add(new Paragraph(getTranslation("agenda.since", Formats.date(meetings.reportsCountFrom(followUp.id())))));
        add(new AgendaPanel(meetings.agenda(followUp.id())));
        add(new H2(getTranslation("minutes.heading")));
        add(new MinutesPanel(followUp, meetings, followUps, organisations, this::reload));
    }

    private HorizontalLayout actions(FollowUpDetails followUp) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        actions.addClassName("follow-up-actions");
        if (followUp.manageable() && followUp.status() == FollowUpStatus.SCHEDULED) {
            Button edit = new Button(getTranslation("followUp.edit"), UiIcon.EDIT.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(EditFollowUpView.class, followUp.id())));
            Button cancel = new Button(getTranslation("followUp.cancel"), UiIcon.BAN.create(),
                    click -> new CancelFollowUpDialog(followUp, followUps, this::reload).open());
            actions.add(edit, cancel);
        }
        DownloadHandler ics = DownloadHandler.fromInputStream(event -> {
            byte[] body = calendars.icsOf(followUp.id()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(body), "uppfoljning-" + followUp.id() + ".ics",
                    "text/calendar;charset=utf-8", body.length);
        });
        Anchor download = new Anchor(ics, AttachmentType.DOWNLOAD, getTranslation("followUp.downloadIcs"));
        download.addClassName("ics-link");
        actions.add(download);
        return actions;
    }
}
