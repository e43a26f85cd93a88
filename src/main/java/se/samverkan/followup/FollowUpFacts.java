package se.samverkan.followup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/** The facts of one follow-up that reminders, calendars and edits work from. */
record FollowUpFacts(long id, long agreementId, String agreementTitle, Long seriesId, String title, FollowUpKind kind,
        LocalDate date, LocalTime startTime, int durationMinutes, String place, String meetingUrl,
        LocalDate reportDeadline, String notes, FollowUpStatus status, Set<Long> areaIds, int version) {

    ZonedDateTime start(ZoneId zone) {
        return LocalDateTime.of(date, startTime).atZone(zone);
    }

    boolean scheduled() {
        return status == FollowUpStatus.SCHEDULED;
    }
}
