package se.samverkan.followup;

import java.time.LocalDate;
import java.util.List;

/** A mail as it was rendered, with its Message-ID and the reminders it carries. */
public record OutboxMailContent(OutboxMail mail, String messageId, String text, String html,
        List<Carried> reminders) {

    /** A reminder the mail carries: for which follow-up, of what kind, queued for which day. */
    public record Carried(long followUpId, String followUpTitle, LocalDate followUpDate, ReminderKind kind,
            LocalDate dueOn) {
    }
}
