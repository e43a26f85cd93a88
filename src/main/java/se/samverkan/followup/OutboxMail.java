package se.samverkan.followup;

import java.time.Instant;
import java.time.LocalDate;

/** One mail of the outbox, as the administrators' list shows it. */
public record OutboxMail(long id, String recipient, String language, ReminderMode kind, LocalDate mailDay,
        String subject, MailStatus status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
        Instant sentAt, int version) {
}
