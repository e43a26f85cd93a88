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
 * for the weekly digest. People are composed in chunks, each in a transaction of its own: the mail rows are written
 * and the reminders marked in the same transaction, with their rows locked so that two composers never both write. Reminders that have become pointless (the follow-up passed or was called
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

    /** People composed in one transaction: a few set-based statements for all of them. */
    static final int CHUNK = 200;

    /** Composes the mails that are due now; returns how many were written. */
    int composeDue() {
        int mails = 0;
        Run run = new Run();
        List<Long> people = reminders.peopleWithQueued();
        for (int from = 0; from < people.size(); from += CHUNK) {
            List<Long> chunk = people.subList(from, Math.min(from + CHUNK, people.size()));
            for (int attempt = 1;; attempt++) {
                try {
                    mails += retry.run(() -> composeFor(chunk, run));
                    break;
                } catch (DuplicateKeyException e) {
                    // another composer wrote a mail of the day for one of them first: run the chunk again, which
                    // then leaves that person's reminders for tomorrow
                    if (attempt >= 3) {
                        log.warn("Mails of {} people could not be composed now: {}", chunk.size(), e.getMessage());
                        break;
                    }
                }
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
        private final Map<Long, Map<Long, List<ScopeItem>>> lackingByPerson = new java.util.HashMap<>();
        private final Map<Long, LocalDate> since = new java.util.HashMap<>();

        FollowUpFacts facts(long followUpId) {
            return facts.computeIfAbsent(followUpId, followUps::facts).orElse(null);
        }

        List<ScopeItem> lacking(FollowUpFacts followUp) {
            return lacking.computeIfAbsent(followUp.id(), id -> audience.lacking(followUp));
        }

        /** The lacking items the person answers for, as responsible or deputy. */
        List<ScopeItem> lackingFor(FollowUpFacts followUp, long personId) {
            return lackingByPerson.computeIfAbsent(followUp.id(), id -> {
                Map<Long, List<ScopeItem>> byPerson = new java.util.HashMap<>();
                for (ScopeItem item : lacking(followUp)) {
                    for (Long person : new java.util.HashSet<>(java.util.Arrays.asList(item.responsibleId(),
                            item.deputyId()))) {
                        if (person != null) {
                            byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(item);
                        }
                    }
                }
                return byPerson;
            }).getOrDefault(personId, List.of());
        }

        LocalDate since(FollowUpFacts followUp) {
            return since.computeIfAbsent(followUp.id(), id -> audience.since(followUp));
        }
    }

    private int composeFor(List<Long> people, Run run) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        Map<Long, List<QueuedReminder>> queued = reminders.queuedOf(people);
        if (queued.isEmpty()) {
            return 0;
        }
        Map<Long, Recipient> recipients = reminders.recipients(queued.keySet());
        Map<Long, LocalDate> lastMail = outbox.latestMailDays(queued.keySet());
        List<Long> dropped = new ArrayList<>();
        List<OutboxRepository.ComposedMail> mails = new ArrayList<>();
        queued.forEach((personId, waiting) -> {
            Recipient to = recipients.get(personId);
            LocalDate last = lastMail.get(personId);
            if (to == null || !to.active()) {
                waiting.forEach(r -> dropped.add(r.id()));
                return;
            }
            if ((last != null && !last.isBefore(today))
                    || (to.mode() == ReminderMode.DIGEST && !digestDue(waiting, last, now))) {
                return;
            }
            List<Long> carried = new ArrayList<>();
            Map<String, MailSection> sections = new LinkedHashMap<>();
            for (QueuedReminder reminder : waiting) {
                MailSection section = section(reminder, personId, today, run);
                if (section == null) {
                    dropped.add(reminder.id());
                } else {
                    carried.add(reminder.id());
                    sections.putIfAbsent(reminder.followUpId() + "/" + reminder.kind(), section);
                }
            }
            if (!carried.isEmpty()) {
                mails.add(new OutboxRepository.ComposedMail(to,
                        renderer.render(to, to.mode(), new ArrayList<>(sections.values())), carried));
            }
        });
        reminders.drop(dropped);
        if (mails.isEmpty()) {
            return 0;
        }
        outbox.insertAll(mails, today, LocalDateTime.ofInstant(now.toInstant(), ZoneOffset.UTC), messageIdDomain());
        List<Long> carried = mails.stream().flatMap(m -> m.reminderIds().stream()).toList();
        if (reminders.markMailed(carried, today) != carried.size()) {
            throw new DuplicateKeyException("reminders were taken by another mail");
        }
        return mails.size();
    }

    /**
     * A digest goes out at the first digest morning after a reminder was queued: due when some reminder waiting was
     * queued before the latest digest morning that has come, and the person has had no mail since that morning. A
     * digest morning missed while the application was down is caught up on at the next run.
     */
    private boolean digestDue(List<QueuedReminder> queued, LocalDate lastMail, ZonedDateTime now) {
        LocalDate day = now.toLocalDate();
        if (day.getDayOfWeek() == properties.digestDay() && now.toLocalTime().isBefore(properties.sendAt())) {
            day = day.minusDays(1);
        }
        LocalDate digestDay = day.with(java.time.temporal.TemporalAdjusters.previousOrSame(properties.digestDay()));
        java.time.Instant digestMorning = digestDay.atTime(properties.sendAt()).atZone(now.getZone()).toInstant();
        return queued.stream().anyMatch(r -> !r.queuedAt().isAfter(digestMorning))
                && (lastMail == null || lastMail.isBefore(digestDay));
    }

    /** What the reminder still has to say today, or null when it has become pointless. */
    private MailSection section(QueuedReminder reminder, long personId, LocalDate today, Run run) {
        FollowUpFacts followUp = run.facts(reminder.followUpId());
        if (followUp == null || !followUp.scheduled() || followUp.date().isBefore(today)) {
            return null;
        }
        List<ScopeItem> items = reminder.kind() == ReminderKind.REPORT_DUE ? run.lackingFor(followUp, personId)
                : run.lacking(followUp);
        return items.isEmpty() ? null : new MailSection(followUp, reminder.kind(), run.since(followUp), items);
    }

    private String messageIdDomain() {
        String host = java.net.URI.create(renderer.baseUrl()).getHost();
        return host == null || host.isBlank() ? "samverkan.invalid" : host;
    }
}
