package se.samverkan.followup;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.security.RolesAllowed;
import se.samverkan.audit.AuditAction;
import se.samverkan.audit.AuditRecord;
import se.samverkan.audit.AuditService;
import se.samverkan.base.db.ConcurrentChangeException;
import se.samverkan.base.security.Role;

/**
 * The administrators' view of the outbox: every mail with its status, attempts and last error, the rendered mail, a
 * fresh round of attempts for a failed one, and "send due reminders now", which queues every reminder that is due
 * and runs the dispatcher job at once.
 */
@Service
@RolesAllowed(Role.ADMIN_NAME)
public class OutboxService {

    private final OutboxRepository outbox;
    private final ReminderQueue queue;
    private final MailComposer composer;
    private final ReminderTriggers triggers;
    private final AuditService audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OutboxService(OutboxRepository outbox, ReminderQueue queue, MailComposer composer, ReminderTriggers triggers,
            AuditService audit, TransactionTemplate transaction, Clock clock) {
        this.outbox = outbox;
        this.queue = queue;
        this.composer = composer;
        this.triggers = triggers;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public int countMails(OutboxFilter filter) {
        return outbox.count(filter);
    }

    @Transactional(readOnly = true)
    public List<OutboxMail> findMails(OutboxFilter filter, int offset, int limit) {
        return outbox.page(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public Optional<OutboxMailContent> findMail(long id) {
        return outbox.content(id);
    }

    /** Gives a failed mail a fresh round of attempts, with the same Message-ID. */
    @Transactional
    public void resend(long id, int version) {
        OutboxMail mail = outbox.content(id).map(OutboxMailContent::mail).orElseThrow(ConcurrentChangeException::new);
        ConcurrentChangeException.requireOneRow(outbox.resend(id, version,
                LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
        audit.record(AuditRecord.of(AuditAction.MAIL_RESEND, "MAIL", id, mail.subject())
                .change("outbox.status", "outbox.status.", mail.status(), MailStatus.PENDING));
        triggers.runDispatcherNow();
    }

    /**
     * Queues every reminder that is due today and not queued yet (in one transaction, audited), composes the mails
     * that may go out now, and starts the dispatcher job at once. Pressed again, it queues nothing new.
     */
    public SendNowResult sendDueRemindersNow() {
        int queued = transaction.execute(status -> {
            int count = queue.queueAllDue();
            audit.record(AuditRecord.of(AuditAction.REMINDERS_SEND_NOW, "OUTBOX", null, null)
                    .change("outbox.queued", null, count));
            return count;
        });
        int composed = composer.composeDue();
        triggers.runDispatcherNow();
        return new SendNowResult(queued, composed);
    }
}
