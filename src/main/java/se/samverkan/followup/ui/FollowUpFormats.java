package se.samverkan.followup.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;

import se.samverkan.base.ui.Formats;

/** How follow-up pages write times and link to other features' pages. */
final class FollowUpFormats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private FollowUpFormats() {
    }

    static String when(LocalDate date, LocalTime time) {
        return Formats.date(date) + " " + TIME.format(time);
    }

    static String instant(java.time.Instant instant, ZoneId zone) {
        return instant == null ? "–" : DATE_TIME.format(instant.atZone(zone));
    }

    static String enumText(Component context, String prefix, Enum<?> value) {
        return value == null ? "–" : context.getTranslation(prefix + value.name());
    }

    /** A link to another feature's route (not its class: features do not reach into each other's UI). */
    static Anchor routeLink(String route, String text) {
        Anchor link = new Anchor(route, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
