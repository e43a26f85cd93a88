package se.samverkan.followup;

import java.time.LocalDate;
import java.time.LocalTime;

/** One row of the follow-up list. */
public record FollowUpSummary(long id, long agreementId, String agreementTitle, String title, FollowUpKind kind,
        LocalDate date, LocalTime startTime, LocalDate reportDeadline, FollowUpStatus status, Long seriesId,
        String place) {
}
