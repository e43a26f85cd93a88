package se.samverkan.followup;

/** How a person receives reminders: as they fall due (at most one mail a day) or as one digest on Monday mornings. */
public enum ReminderMode {
    SINGLE, DIGEST
}
