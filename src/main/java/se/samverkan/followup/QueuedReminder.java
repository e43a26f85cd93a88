package se.samverkan.followup;

import java.time.LocalDate;

/** A reminder waiting in the outbox for its mail. */
record QueuedReminder(long id, long personId, long followUpId, ReminderKind kind, LocalDate dueOn,
        java.time.Instant queuedAt) {
}
