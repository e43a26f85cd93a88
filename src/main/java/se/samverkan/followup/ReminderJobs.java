package se.samverkan.followup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** What the scheduled jobs do, as the system: queue one moment's reminders; compose and send what is due. */
@Component
class ReminderJobs {

    private static final Logger log = LoggerFactory.getLogger(ReminderJobs.class);

    private final ReminderQueue queue;
    private final MailComposer composer;
    private final MailDispatcher dispatcher;
    private final TransactionRetry retry;
    private final SystemAuthentication system;

    ReminderJobs(ReminderQueue queue, MailComposer composer, MailDispatcher dispatcher, TransactionRetry retry,
            SystemAuthentication system) {
        this.queue = queue;
        this.composer = composer;
        this.dispatcher = dispatcher;
        this.retry = retry;
        this.system = system;
    }

    int queueMoment(long followUpId, ReminderMoment moment) {
        int queued = system.run(() -> retry.run(() -> queue.queueMoment(followUpId, moment)));
        log.info("Reminders of follow-up {} for {} {}: {} queued", followUpId, moment.kind(), moment.dueOn(), queued);
        return queued;
    }

    /** Composes due mails and sends pending ones; returns the mails sent. */
    int sendDue() {
        return system.run(() -> {
            long start = System.nanoTime();
            int composed = composer.composeDue();
            long composing = (System.nanoTime() - start) / 1_000_000;
            int sent = dispatcher.deliverDue();
            long sending = (System.nanoTime() - start) / 1_000_000 - composing;
            if (composed > 0 || sent > 0) {
                log.info("Reminder mails: {} composed in {} ms, {} sent in {} ms", composed, composing, sent, sending);
            }
            return sent;
        });
    }
}
