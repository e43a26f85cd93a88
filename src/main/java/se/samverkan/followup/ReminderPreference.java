package se.samverkan.followup;

/** How the signed-in user gets reminders, and the version to save a change against. */
public record ReminderPreference(ReminderMode mode, int version, boolean saved) {
}
