package se.samverkan.dashboard;

import java.time.LocalDate;

/**
 * What a dashboard shows: one agreement's items ({@code agreementId}), or every item the user reads (null: the whole
 * city), that run during the period from {@code from} to {@code to}.
 */
public record DashboardQuery(Long agreementId, LocalDate from, LocalDate to) {

    public boolean wholeCity() {
        return agreementId == null;
    }
}
