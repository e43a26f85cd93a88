package se.samverkan.followup;

/** Scheduled until the meeting is held (minutes recorded) or called off. */
public enum FollowUpStatus {
    SCHEDULED, HELD, CANCELLED
}
