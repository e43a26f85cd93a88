package se.samverkan.actionplan;

import java.time.LocalDate;

/** One row of an action item list. */
public record ActionItemSummary(long id, String title, long agreementId, String agreementTitle, long areaId,
        int areaPosition, String areaTitle, String leadOrganisation, String responsible, LocalDate dueDate,
        ActionItemStatus status, int progress, TrafficLight trafficLight, boolean overdue) {
}
