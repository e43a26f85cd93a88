package se.samverkan.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.springframework.stereotype.Component;

/**
 * Queues reminders into the outbox, in the caller's transaction: one row per recipient, follow-up, kind and day,
 * which the database keeps unique, so a moment queued twice (a retried job, a second node, the button pressed again)
 * queues nothing new.
 */
@Component
class ReminderQueue {

    private final FollowUpRepository followUps;
    private final ReminderRepository reminders;
    private final ReminderTriggers triggers;
    private final ReminderAudience audience;
    private final Clock clock;

    ReminderQueue(FollowUpRepository followUps, ReminderRepository reminders, ReminderTriggers triggers,
            ReminderAudience audience, Clock clock) {
        this.followUps = followUps;
        this.reminders = reminders;
        this.triggers = triggers;
        this.audience = audience;
        this.clock = clock;
    }

    /** Queues the reminders of one moment when it is still relevant today; returns how many were queued. */
    int queueMoment(long followUpId, ReminderMoment moment) {
        LocalDate today = LocalDate.now(clock);
        return followUps.facts(followUpId)
                .filter(followUp -> triggers.relevant(followUp, moment, today))
                .map(followUp -> queue(followUp, moment))
                .orElse(0);
    }

    /**
     * Queues, for every upcoming scheduled follow-up, the latest due moment of each kind: what "send due reminders
     * now" sends. Returns how many reminders were queued.
     */
    int queueAllDue() {
        LocalDate today = LocalDate.now(clock);
        int queued = 0;
        for (long id : followUps.scheduledFrom(today)) {
            FollowUpFacts followUp = followUps.facts(id).orElseThrow();
            for (ReminderKind kind : ReminderKind.values()) {
                var moment = triggers.latestDue(followUp, kind, today);
                if (moment.isPresent() && triggers.relevant(followUp, moment.get(), today)) {
                    queued += queue(followUp, moment.get());
                }
            }
        }
        return queued;
    }

    private int queue(FollowUpFacts followUp, ReminderMoment moment) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return reminders.queue(audience.recipients(followUp, moment.kind()), followUp.id(), moment.kind(),
                moment.dueOn(), now);
    }
}
