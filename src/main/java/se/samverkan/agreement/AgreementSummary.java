package se.samverkan.agreement;

import java.time.LocalDate;

/** One row of the agreement list. */
public record AgreementSummary(long id, AgreementKind kind, String title, String diaryNumber, LocalDate periodStart,
        LocalDate periodEnd, AgreementStatus status, String parties) {
}
