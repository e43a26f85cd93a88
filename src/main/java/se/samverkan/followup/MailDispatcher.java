package se.samverkan.followup;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox's pending mails: claims a batch (rows locked with SKIP LOCKED and marked with this node's claim
 * for a lease, in a short transaction of its own), hands the batch to the SMTP server outside any transaction, then
 * marks each mail sent, or records the failed attempt with the next one after an exponential back-off, or gives up
 * after the configured number of attempts. Two nodes never take the same row; a node that dies holding a claim
 * loses it when the lease ends.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    /** This process in the cluster, as it appears in claims. */
    static final String NODE = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    private final OutboxRepository outbox;
    private final SmtpSender smtp;
    private final TransactionRetry retry;
    private final ReminderProperties properties;
    private final Clock clock;

    MailDispatcher(OutboxRepository outbox, SmtpSender smtp, TransactionRetry retry, ReminderProperties properties,
            Clock clock) {
        this.outbox = outbox;
        this.smtp = smtp;
        this.retry = retry;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends batch after batch until nothing is due; returns how many mails were sent. */
    int deliverDue() {
        return deliverDue(NODE);
    }

    int deliverDue(String node) {
        int sent = 0;
        while (true) {
            Delivery delivery = deliverBatch(node);
            sent += delivery.sent();
            if (delivery.claimed() < properties.batchSize() || delivery.sent() == 0) {
                return sent;
            }
        }
    }

    record Delivery(int claimed, int sent) {
    }

    Delivery deliverBatch(String node) {
        String claim = node + ":" + UUID.randomUUID();
        Instant now = clock.instant();
        List<MailToSend> mails = retry.run(() -> outbox.claim(claim, utc(now),
                utc(now.plus(properties.claimLease())), properties.batchSize()));
        if (mails.isEmpty()) {
            return new Delivery(0, 0);
        }
        Map<Long, String> failed = smtp.send(mails);
        Instant done = clock.instant();
        List<Long> delivered = mails.stream().map(MailToSend::id).filter(id -> !failed.containsKey(id)).toList();
        int sent = retry.run(() -> {
            int marked = outbox.markSent(claim, delivered, utc(done));
            if (marked != delivered.size()) {
                log.warn("{} mails were sent after their claim had lapsed", delivered.size() - marked);
            }
            for (MailToSend mail : mails) {
                String error = failed.get(mail.id());
                if (error != null) {
                    int attempts = mail.attempts() + 1;
                    boolean giveUp = attempts >= properties.maxAttempts();
                    outbox.markAttemptFailed(mail, error, utc(done.plus(properties.backoff(attempts))), giveUp);
                    if (giveUp) {
                        log.warn("Mail {} to {} failed for good after {} attempts: {}", mail.id(), mail.recipient(),
                                attempts, error);
                    }
                }
            }
            return marked;
        });
        if (!failed.isEmpty()) {
            log.info("{} of {} mails could not be sent now and will be retried: {}", failed.size(), mails.size(),
                    failed.values().iterator().next());
        }
        return new Delivery(mails.size(), sent);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
