package se.samverkan.followup;

/** The mails the outbox view lists: all, or those with one status; recipient or subject containing the text. */
public record OutboxFilter(MailStatus status, String text) {
}
