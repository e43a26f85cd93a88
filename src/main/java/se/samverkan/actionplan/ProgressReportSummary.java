package se.samverkan.actionplan;

import java.time.LocalDate;
import java.util.List;

/** A progress report as listed on the action item page, with its attachments. */
public record ProgressReportSummary(long id, LocalDate reportedOn, String author, ActionItemStatus status,
        int progress, TrafficLight trafficLight, String summary, List<AttachmentRef> attachments) {
}
