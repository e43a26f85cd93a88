package se.samverkan.followup;

import java.time.LocalDate;
import java.time.LocalDateTime;

import se.samverkan.actionplan.ActionItemStatus;
import se.samverkan.actionplan.TrafficLight;

/** An action item in a follow-up's scope, as agendas and reminders need it. */
record ScopeItem(long id, String title, int areaPosition, String areaTitle, Long responsibleId, String responsible,
        Long deputyId, LocalDate dueDate, ActionItemStatus status, TrafficLight trafficLight, LocalDate lastReportedOn,
        LocalDateTime updatedAt) {

    boolean reportedAfter(LocalDate since) {
        return lastReportedOn != null && lastReportedOn.isAfter(since);
    }

    /** Still open and without a report since the given day: what reminders ask for. */
    boolean lacksReportSince(LocalDate since) {
        return status.isOpen() && !reportedAfter(since);
    }
}
