package se.samverkan.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Turns queued reminders into mails: per person, all reminders waiting are merged into one mail, at most one a day
 * (the outbox refuses a second row for the same person and day), right away for single mails and on digest mornings
 * for the weekly digest. Each person is composed in a transaction of its own: the mail row is written and the
 * reminders marked in the same transaction. Reminders that have become pointless (the follow-up passed or was called
 * off, or everything asked for has been reported meanwhile) are dropped.
 */
@Component
class MailComposer {

    private static final Logger log = LoggerFactory.getLogger(MailComposer.class);

    private final ReminderRepository reminders;
    private final OutboxRepository outbox;
    private final FollowUpRepository followUps;
    private final ReminderAudience audience;
    private final MailRenderer renderer;
    private final TransactionRetry retry;
    private final ReminderProperties properties;
    private final Clock clock;

    MailComposer(ReminderRepository reminders, OutboxRepository outbox, FollowUpRepository followUps,
            ReminderAudience audience, MailRenderer renderer, TransactionRetry retry, ReminderProperties properties,
            Clock clock) {
        this.reminders = reminders;
        this.outbox = outbox;
        this.followUps = followUps;
        this.audience = audience;
        this.renderer = renderer;
        this.retry = retry;
        this.properties = properties;
        this.clock = clock;
    }

    /** Composes the mails that are due now; returns how many were written. */
    int composeDue() {
        int mails = 0;
        Run run = new Run();
        for (long personId : reminders.peopleWithQueued()) {
            try {
                if (Boolean.TRUE.equals(retry.run(() -> composeFor(personId, run)))) {
                    mails++;
                }
            } catch (DuplicateKeyException e) {
                // another node wrote this person's mail of the day first; the reminders wait for tomorrow
                log.debug("Mail of person {} for today was composed elsewhere", personId);
            }
        }
        return mails;
    }

    /**
     * What one run learns about each follow-up (its facts, the items still without a report), shared by the people
     * composed in the run: one query per follow-up instead of one per person.
     */
    private final class Run {

        private final Map<Long, java.util.Optional<FollowUpFacts>> facts = new java.util.HashMap<>();
        private final Map<Long, List<ScopeItem>> lacking = new java.util.HashMap<>();
        private final Map<Long, LocalDate> since = new java.util.HashMap<>();

        FollowUpFacts facts(long followUpId) {
            return facts.computeIfAbsent(followUpId, followUps::facts).orElse(null);
        }

        List<ScopeItem> lacking(FollowUpFacts followUp) {
            return lacking.computeIfAbsent(followUp.id(), id -> audience.lacking(followUp));
        }

        LocalDate since(FollowUpFacts followUp) {
            return since.computeIfAbsent(followUp.id(), id -> audience.since(followUp));
        }
    }

    private boolean composeFor(long personId, Run run) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        List<QueuedReminder> queued = reminders.queuedOf(personId);
        Recipient to = reminders.recipient(personId).orElseThrow();
        if (queued.isEmpty()) {
            return false;
        }
        if (!to.active()) {
            reminders.drop(queued.stream().map(QueuedReminder::id).toList());
            return false;
        }
        if (to.mode() == ReminderMode.DIGEST && !digestDue(personId, queued, now)) {
            return false;
        }
        if (outbox.mailExists(personId, today)) {
            return false;
        }
        List<Long> carried = new ArrayList<>();
        List<Long> dropped = new ArrayList<>();
        Map<String, MailSection> sections = new LinkedHashMap<>();
        for (QueuedReminder reminder : queued) {
            MailSection section = section(reminder, personId, today, run);
            if (section == null) {
                dropped.add(reminder.id());
            } else {
                carried.add(reminder.id());
                sections.putIfAbsent(reminder.followUpId() + "/" + reminder.kind(), section);
            }
        }
        reminders.drop(dropped);
        if (carried.isEmpty()) {
            return false;
        }
        RenderedMail mail = renderer.render(to, to.mode(), new ArrayList<>(sections.values()));
        long mailId = outbox.insert(to, to.mode(), today, mail, LocalDateTime.ofInstant(now.toInstant(),
                ZoneOffset.UTC), messageIdDomain());
        if (reminders.markMailed(carried, mailId) != carried.size()) {
            throw new DuplicateKeyException("reminders of person " + personId + " were taken by another mail");
        }
        return true;
    }

    /**
     * A digest goes out at the first digest morning after a reminder was queued: due when some reminder waiting was
     * queued before the latest digest morning that has come, and the person has had no mail since that morning. A
     * digest morning missed while the application was down is caught up on at the next run.
     */
    private boolean digestDue(long personId, List<QueuedReminder> queued, ZonedDateTime now) {
        LocalDate day = now.toLocalDate();
        if (day.getDayOfWeek() == properties.digestDay() && now.toLocalTime().isBefore(properties.sendAt())) {
            day = day.minusDays(1);
        }
        LocalDate digestDay = day.with(java.time.temporal.TemporalAdjusters.previousOrSame(properties.digestDay()));
        java.time.Instant digestMorning = digestDay.atTime(properties.sendAt()).atZone(now.getZone()).toInstant();
        return queued.stream().anyMatch(r -> !r.queuedAt().isAfter(digestMorning))
                && !outbox.mailSince(personId, digestDay);
    }

    /** What the reminder still has to say today, or null when it has become pointless. */
    private MailSection section(QueuedReminder reminder, long personId, LocalDate today, Run run) {
        FollowUpFacts followUp = run.facts(reminder.followUpId());
        if (followUp == null || !followUp.scheduled() || followUp.date().isBefore(today)) {
            return null;
        }
        List<ScopeItem> items = run.lacking(followUp);
        if (reminder.kind() == ReminderKind.REPORT_DUE) {
            items = items.stream().filter(item -> item.concerns(personId)).toList();
        }
        return items.isEmpty() ? null : new MailSection(followUp, reminder.kind(), run.since(followUp), items);
    }

    private String messageIdDomain() {
        String host = java.net.URI.create(renderer.baseUrl()).getHost();
        return host == null || host.isBlank() ? "samverkan.invalid" : host;
    }
}
