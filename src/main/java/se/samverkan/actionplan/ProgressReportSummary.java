package se.samverkan.actionplan;

import java.time.LocalDate;

/** A progress report as listed on the action item page. */
public record ProgressReportSummary(long id, LocalDate reportedOn, String author, ActionItemStatus status,
        int progress, String summary) {
}
