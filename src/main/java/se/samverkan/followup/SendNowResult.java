package se.samverkan.followup;

/** What "send due reminders now" did: reminders queued, and mails composed for sending. */
public record SendNowResult(int queued, int composed) {
}
