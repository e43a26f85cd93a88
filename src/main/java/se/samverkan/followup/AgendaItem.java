package se.samverkan.followup;

import java.time.LocalDate;
import java.util.Set;

import se.samverkan.actionplan.ActionItemStatus;
import se.samverkan.actionplan.TrafficLight;

/** An action item on a follow-up's agenda, with the reasons it is there. */
public record AgendaItem(long itemId, String title, int areaPosition, String areaTitle, String responsible,
        LocalDate dueDate, ActionItemStatus status, TrafficLight trafficLight, LocalDate lastReportedOn,
        Set<AgendaReason> reasons) {
}
