package se.samverkan.followup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Everything the follow-up page shows about one follow-up; {@code manageable} when the user may change it. */
public record FollowUpDetails(long id, long agreementId, String agreementTitle, Long seriesId, Recurrence recurrence,
        String title, FollowUpKind kind, LocalDate date, LocalTime startTime, int durationMinutes, String place,
        String meetingUrl, LocalDate reportDeadline, String notes, FollowUpStatus status, String minutes,
        String outcome, List<Named> areas, List<Named> organisations, List<Named> people, List<Decision> decisions,
        int version, boolean manageable) {

    FollowUpDetails withManageable(boolean value) {
        return new FollowUpDetails(id, agreementId, agreementTitle, seriesId, recurrence, title, kind, date, startTime,
                durationMinutes, place, meetingUrl, reportDeadline, notes, status, minutes, outcome, areas,
                organisations, people, decisions, version, value);
    }

    public boolean inSeries() {
        return seriesId != null;
    }
}
