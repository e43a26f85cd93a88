package se.samverkan.followup;

/** Someone reminders are mailed to: a person, with the language of their account (Swedish without one). */
record Recipient(long personId, String name, String email, boolean active, long organisationId, String language,
        boolean hasAccount, ReminderMode mode) {
}
