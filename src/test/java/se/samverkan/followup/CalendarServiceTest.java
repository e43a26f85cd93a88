package se.samverkan.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;

/** Follow-ups as iCalendar, read back with ical4j's parser: the meeting's local time in Stockholm, summer and winter. */
@WithUserDetails(value = "chef", userDetailsServiceBeanName = "accountService")
class CalendarServiceTest extends ReminderTestBase {

    @Autowired
    CalendarService calendars;

    @Autowired
    FollowUpService service;

    private long create(ReminderFixture f, LocalDate date, LocalTime time, long participant) {
        FollowUpDraft draft = service.newDraft(f.agreementId);
        draft.setTitle("Möte " + date + " " + f.tag);
        draft.setDate(date);
        draft.setStartTime(time);
        draft.setDurationMinutes(90);
        draft.setReportDeadline(date.minusDays(7));
        draft.setPersonIds(java.util.Set.of(participant));
        return service.create(draft);
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent event(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    @Test
    void theIcsFileHasTheMeetingsLocalTimeInStockholmSummerAndWinter() throws Exception {
        ReminderFixture f = fixture();
        long chef = dsl.fetchValue(se.samverkan.db.Tables.PERSON.ID,
                se.samverkan.db.Tables.PERSON.EMAIL.eq("chef@stad.example.se"));
        at(DAY.minusDays(30), 9, 0);
        LocalDate summer = LocalDate.of(2031, 7, 2);
        LocalDate winter = LocalDate.of(2031, 12, 3);
        for (LocalDate date : List.of(summer, winter)) {
            long id = create(f, date, LocalTime.of(13, 30), chef);
            String ics = calendars.icsOf(id);

            assertThat(ics).contains("DTSTART;TZID=Europe/Stockholm:" + date.toString().replace("-", "") + "T133000")
                    .doesNotContain("Europe/Berlin").doesNotContain("TZURL");
            Calendar calendar = parse(ics);
            VTimeZone zone = (VTimeZone) calendar.getComponent("VTIMEZONE").orElseThrow();
            assertThat(zone.getProperty("TZID").orElseThrow().getValue()).isEqualTo("Europe/Stockholm");
            VEvent event = event(calendar);
            DtStart<Temporal> start = event.getDateTimeStart();
            assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Stockholm");
            ZonedDateTime expected = ZonedDateTime.of(date, LocalTime.of(13, 30), STOCKHOLM);
            assertThat(ZonedDateTime.from(start.getDate()).toInstant()).isEqualTo(expected.toInstant());
            assertThat(ZonedDateTime.from(event.getDateTimeEnd().getDate()).toInstant())
                    .isEqualTo(expected.plusMinutes(90).toInstant());
            assertThat(event.getSummary().getValue()).isEqualTo("Möte " + date + " " + f.tag);
            assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("follow-up-" + id + "@localhost");
        }
        // the offsets differ: +02:00 in July, +01:00 in December
        assertThat(ZonedDateTime.of(summer, LocalTime.NOON, STOCKHOLM).getOffset().getTotalSeconds()).isEqualTo(7200);
        assertThat(ZonedDateTime.of(winter, LocalTime.NOON, STOCKHOLM).getOffset().getTotalSeconds()).isEqualTo(3600);
    }

    @Test
    void theFeedListsTheFollowUpsOneTakesPartInUntilTheLinkIsRevoked() throws Exception {
        ReminderFixture f = fixture();
        long chef = dsl.fetchValue(se.samverkan.db.Tables.PERSON.ID,
                se.samverkan.db.Tables.PERSON.EMAIL.eq("chef@stad.example.se"));
        long other = f.person("other");
        at(DAY.minusDays(30), 9, 0);
        long mine = create(f, DAY.plusDays(3), LocalTime.of(10, 0), chef);
        long notMine = create(f, DAY.plusDays(4), LocalTime.of(10, 0), other);

        String link = calendars.createMyFeed();
        assertThat(link).startsWith("http://localhost:8080/calendar/feed/").endsWith(".ics");
        String token = link.substring(link.lastIndexOf('/') + 1, link.length() - ".ics".length());

        Calendar feed = parse(calendars.feed(token).orElseThrow());
        List<String> uids = feed.<VEvent>getComponents("VEVENT").stream()
                .map(e -> e.getUid().orElseThrow().getValue()).toList();
        assertThat(uids).contains("follow-up-" + mine + "@localhost")
                .doesNotContain("follow-up-" + notMine + "@localhost");
        assertThat(calendars.feed(token.substring(1) + "x")).isEmpty();

        String replaced = calendars.createMyFeed();
        assertThat(calendars.feed(token)).as("a new link ends the old one").isEmpty();
        String newToken = replaced.substring(replaced.lastIndexOf('/') + 1, replaced.length() - ".ics".length());
        assertThat(calendars.feed(newToken)).isPresent();

        calendars.revokeMyFeed();
        assertThat(calendars.feed(newToken)).isEmpty();
        assertThat(calendars.myFeedCreated()).isEmpty();
    }

    @Test
    void aDisabledAccountsFeedLinkStopsWorking() {
        String link = calendars.createMyFeed();
        String token = link.substring(link.lastIndexOf('/') + 1, link.length() - ".ics".length());
        assertThat(calendars.feed(token)).isPresent();
        try {
            dsl.update(se.samverkan.db.Tables.USER_ACCOUNT).set(se.samverkan.db.Tables.USER_ACCOUNT.ENABLED, false)
                    .where(se.samverkan.db.Tables.USER_ACCOUNT.USERNAME.eq("chef")).execute();
            assertThat(calendars.feed(token)).as("the feed of a disabled account").isEmpty();
        } finally {
            dsl.update(se.samverkan.db.Tables.USER_ACCOUNT).set(se.samverkan.db.Tables.USER_ACCOUNT.ENABLED, true)
                    .where(se.samverkan.db.Tables.USER_ACCOUNT.USERNAME.eq("chef")).execute();
            calendars.revokeMyFeed();
        }
    }
}
