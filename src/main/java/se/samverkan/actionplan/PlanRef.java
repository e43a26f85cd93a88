package se.samverkan.actionplan;

import java.time.LocalDate;

/** An action plan and the period its items must fall within. */
public record PlanRef(long id, long agreementId, String title, LocalDate periodStart, LocalDate periodEnd,
        int version) {

    public boolean covers(LocalDate date) {
        return date == null || (!date.isBefore(periodStart) && !date.isAfter(periodEnd));
    }
}
