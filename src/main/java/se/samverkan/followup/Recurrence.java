package se.samverkan.followup;

import java.time.LocalDate;

/** How a follow-up repeats: not at all, every month, quarter or year, or on chosen dates. */
public enum Recurrence {
    NONE, MONTHLY, QUARTERLY, YEARLY, DATES;

    /** The n:th occurrence after {@code first} (n = 0 is the first), for the periodic kinds. */
    LocalDate occurrence(LocalDate first, int n) {
        return switch (this) {
            case MONTHLY -> first.plusMonths(n);
            case QUARTERLY -> first.plusMonths(3L * n);
            case YEARLY -> first.plusYears(n);
            case NONE, DATES -> throw new IllegalStateException(name() + " has no period");
        };
    }

    boolean periodic() {
        return this == MONTHLY || this == QUARTERLY || this == YEARLY;
    }
}
