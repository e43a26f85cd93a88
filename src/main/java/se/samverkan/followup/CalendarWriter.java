package se.samverkan.followup;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes follow-ups as iCalendar (RFC 5545) with ical4j: local meeting times with the application's TZID and a
 * matching VTIMEZONE. ical4j's bundled zone data maps Europe/Stockholm to Europe/Berlin (same rules today) and names
 * the VTIMEZONE after Berlin; the VTIMEZONE is renamed to the zone the events use, and its links to tzurl.org are
 * dropped, so that every calendar finds the zone its events refer to.
 */
@Component
class CalendarWriter {

    private static final String PRODUCT = "-//Samverkan//Follow-ups//SV";

    private final String baseUrl;
    private final String uidDomain;

    CalendarWriter(MailRenderer renderer) {
        this.baseUrl = renderer.baseUrl();
        String host = java.net.URI.create(baseUrl).getHost();
        this.uidDomain = host == null || host.isBlank() ? "samverkan.invalid" : host;
    }

    String write(List<FollowUpFacts> followUps, ZoneId zone, String calendarName, Instant now) {
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults().getFluentTarget();
        if (calendarName != null) {
            calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        }
        calendar.add(timeZone(zone));
        for (FollowUpFacts followUp : followUps) {
            calendar.add(event(followUp, zone, now));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("invalid calendar: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static VTimeZone timeZone(ZoneId zone) {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        VTimeZone vtz = registry.getTimeZone(zone.getId()).getVTimeZone().copy();
        vtz.replace(new TzId(zone.getId()));
        vtz.removeAll("TZURL", "X-LIC-LOCATION");
        return vtz;
    }

    private VEvent event(FollowUpFacts followUp, ZoneId zone, Instant now) {
        ZonedDateTime start = followUp.start(zone);
        VEvent event = new VEvent(start, start.plusMinutes(followUp.durationMinutes()), followUp.title());
        event.replace(new DtStamp(now));
        event.add(new Uid("follow-up-" + followUp.id() + "@" + uidDomain));
        // the version increases with every change, which is what SEQUENCE asks for
        event.add(new Sequence(followUp.version()));
        event.add(new Status(followUp.status() == FollowUpStatus.CANCELLED ? Status.VALUE_CANCELLED
                : Status.VALUE_CONFIRMED));
        String link = baseUrl + "/follow-ups/" + followUp.id();
        String where = followUp.place() != null ? followUp.place() : followUp.meetingUrl();
        if (where != null) {
            event.add(new Location(where));
        }
        StringBuilder description = new StringBuilder(followUp.agreementTitle());
        if (followUp.meetingUrl() != null) {
            description.append("\n").append(followUp.meetingUrl());
        }
        description.append("\n").append(link);
        event.add(new Description(description.toString()));
        try {
            event.add(new Url(java.net.URI.create(link)));
        } catch (IllegalArgumentException e) {
            // a base URL that is no URI leaves the event without one
        }
        return event;
    }
}
