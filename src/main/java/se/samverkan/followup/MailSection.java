package se.samverkan.followup;

import java.time.LocalDate;
import java.util.List;

/** One follow-up in a reminder mail: what is asked of the recipient, and about which items. */
record MailSection(FollowUpFacts followUp, ReminderKind kind, LocalDate since, List<ScopeItem> items) {
}
