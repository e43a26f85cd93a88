package se.samverkan.actionplan;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the action item list is narrowed to; every part is optional. {@code organisationId} matches items it (or an
 * organisation below it) leads or co-owns. {@code dueFrom}/{@code dueTo} bound the due date;
 * {@code dueWithinDays} keeps items due from today up to so many days ahead (today from the service's clock);
 * {@code overdueOnly} keeps open items past their due date.
 */
public record ItemFilter(Long agreementId, Long areaId, Long organisationId, Set<ActionItemStatus> statuses,
        Set<TrafficLight> trafficLights, Long targetGroupId, LocalDate dueFrom, LocalDate dueTo,
        Integer dueWithinDays, boolean overdueOnly, String text) {

    public ItemFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        trafficLights = trafficLights == null ? Set.of() : Set.copyOf(trafficLights);
    }

    public static ItemFilter none() {
        return new ItemFilter(null, null, null, Set.of(), Set.of(), null, null, null, null, false, null);
    }

    public ItemFilter withArea(Long id) {
        return new ItemFilter(agreementId, id, organisationId, statuses, trafficLights, targetGroupId, dueFrom, dueTo,
                dueWithinDays, overdueOnly, text);
    }
}
