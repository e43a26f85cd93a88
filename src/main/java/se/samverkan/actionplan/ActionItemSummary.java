package se.samverkan.actionplan;

import java.time.LocalDate;

/** One row of an area's action item list. */
public record ActionItemSummary(long id, String title, String leadOrganisation, String responsible,
        LocalDate dueDate, ActionItemStatus status, int progress, boolean overdue) {
}
