package se.samverkan.followup;

/** Why an item is on a follow-up's agenda. */
public enum AgendaReason {
    OVERDUE, DUE_SOON, RED_OR_AMBER, NO_REPORT, CHANGED
}
