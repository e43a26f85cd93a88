package se.samverkan.followup;

import java.time.Instant;
import java.time.LocalDate;

/** A reminder trigger waiting in the scheduler: what it queues, for which day, and when it fires. */
public record ScheduledReminder(ReminderKind kind, LocalDate dueOn, Instant firesAt) {
}
