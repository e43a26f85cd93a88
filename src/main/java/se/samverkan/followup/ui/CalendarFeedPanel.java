package se.samverkan.followup.ui;

import java.time.ZoneId;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import se.samverkan.followup.CalendarService;

/**
 * The user's calendar feed: a secret link to subscribe to in a calendar application, shown once when made; it can
 * be replaced (the old one stops working) or revoked.
 */
class CalendarFeedPanel extends Composite<Div> {

    private final CalendarService calendars;
    private final ZoneId zone;

    CalendarFeedPanel(CalendarService calendars, ZoneId zone) {
        this.calendars = calendars;
        this.zone = zone;
        getContent().addClassName("calendar-feed");
        show(null);
    }

    private void show(String newLink) {
        Div content = getContent();
        content.removeAll();
        content.add(new Paragraph(getTranslation("calendar.explained")));
        var created = calendars.myFeedCreated();
        if (newLink != null) {
            TextField link = new TextField(getTranslation("calendar.link"));
            link.setValue(newLink);
            link.setReadOnly(true);
            link.setWidthFull();
            link.setHelperText(getTranslation("calendar.link.once"));
            content.add(link);
        } else if (created.isPresent()) {
            content.add(new Paragraph(getTranslation("calendar.exists",
                    FollowUpFormats.instant(created.get(), zone))));
        } else {
            content.add(new Paragraph(getTranslation("calendar.none")));
        }
        Button make = new Button(getTranslation(created.isPresent() ? "calendar.replace" : "calendar.create"),
                click -> show(calendars.createMyFeed()));
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = new HorizontalLayout(make);
        if (created.isPresent()) {
            Button revoke = new Button(getTranslation("calendar.revoke"), click -> {
                calendars.revokeMyFeed();
                show(null);
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(revoke);
        }
        content.add(buttons);
    }
}
