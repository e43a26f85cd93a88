package se.samverkan.followup;

import java.time.LocalDate;

/** A day on which a follow-up's reminders of one kind are queued. */
record ReminderMoment(ReminderKind kind, LocalDate dueOn) {
}
