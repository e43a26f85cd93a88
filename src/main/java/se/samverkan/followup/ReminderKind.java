package se.samverkan.followup;

/**
 * What a reminder says: report before the deadline (to the responsible person and deputy of each item without a
 * report since the previous follow-up), or, the day after the deadline, which reports are missing (to managers).
 */
public enum ReminderKind {
    REPORT_DUE, REPORTS_MISSING
}
