package se.samverkan.followup;

/** A mail of the outbox: waiting (or retrying), delivered to the SMTP server, or given up after the last attempt. */
public enum MailStatus {
    PENDING, SENT, FAILED
}
