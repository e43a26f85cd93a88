package se.samverkan.followup;

import static se.samverkan.db.Tables.FOLLOW_UP;
import static se.samverkan.db.Tables.MAIL_OUTBOX;
import static se.samverkan.db.Tables.REMINDER;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import se.samverkan.base.db.Filters;

/** The mails of the outbox: written when reminders are composed, claimed and marked by the dispatcher. */
@Repository
class OutboxRepository {

    private static final int ERROR_MAX = 1000;

    private final DSLContext dsl;

    OutboxRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The latest day each of these people got a mail, read with a shared lock (the latest committed rows, held
     * until the composing transaction ends).
     */
    Map<Long, LocalDate> latestMailDays(Collection<Long> personIds) {
        return dsl.select(MAIL_OUTBOX.PERSON_ID, DSL.max(MAIL_OUTBOX.MAIL_DAY)).from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.PERSON_ID.in(personIds)).groupBy(MAIL_OUTBOX.PERSON_ID)
                .forShare()
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    /**
     * Writes rendered mails, many to a statement. Each row's Message-ID is made from its key (person and day) and a
     * random part, and stays with the row for every attempt.
     */
    void insertAll(List<ComposedMail> mails, LocalDate day, LocalDateTime nowUtc, String messageIdDomain) {
        for (int from = 0; from < mails.size(); from += 200) {
            var insert = dsl.insertInto(MAIL_OUTBOX, MAIL_OUTBOX.PERSON_ID, MAIL_OUTBOX.RECIPIENT,
                    MAIL_OUTBOX.LANGUAGE, MAIL_OUTBOX.KIND, MAIL_OUTBOX.MAIL_DAY, MAIL_OUTBOX.SUBJECT,
                    MAIL_OUTBOX.BODY_TEXT, MAIL_OUTBOX.BODY_HTML, MAIL_OUTBOX.MESSAGE_ID, MAIL_OUTBOX.NEXT_ATTEMPT_AT,
                    MAIL_OUTBOX.CREATED_AT);
            for (ComposedMail mail : mails.subList(from, Math.min(from + 200, mails.size()))) {
                Recipient to = mail.to();
                String messageId = "<outbox." + day.toString().replace("-", "") + "." + to.personId() + "."
                        + java.util.HexFormat.of().formatHex(randomBytes()) + "@" + messageIdDomain + ">";
                insert = insert.values(to.personId(), to.email(), to.language(), to.mode().name(), day,
                        mail.rendered().subject(), mail.rendered().text(), mail.rendered().html(), messageId, nowUtc,
                        nowUtc);
            }
            insert.execute();
        }
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** A mail ready to be written: to whom, as what, and the reminders it carries. */
    record ComposedMail(Recipient to, RenderedMail rendered, List<Long> reminderIds) {
    }

    // --- delivery --------------------------------------------------------------------------------------------------

    /**
     * Claims up to {@code limit} mails that are due: locks them with {@code SKIP LOCKED} (another node's claim in
     * progress is passed over, not waited for), then marks them with this claim until the lease ends. Runs in its own
     * short transaction; sending happens outside it.
     */
    List<MailToSend> claim(String claim, LocalDateTime nowUtc, LocalDateTime leaseUntilUtc, int limit) {
        List<Long> ids = dsl.select(MAIL_OUTBOX.ID).from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.STATUS.eq(MailStatus.PENDING.name()))
                .and(MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(nowUtc))
                .and(MAIL_OUTBOX.CLAIMED_UNTIL.isNull().or(MAIL_OUTBOX.CLAIMED_UNTIL.lt(nowUtc)))
                .orderBy(MAIL_OUTBOX.NEXT_ATTEMPT_AT, MAIL_OUTBOX.ID)
                .limit(limit)
                .forUpdate().skipLocked()
                .fetch(r -> r.value1());
        if (ids.isEmpty()) {
            return List.of();
        }
        dsl.update(MAIL_OUTBOX).set(MAIL_OUTBOX.CLAIMED_BY, claim).set(MAIL_OUTBOX.CLAIMED_UNTIL, leaseUntilUtc)
                .where(MAIL_OUTBOX.ID.in(ids)).execute();
        return dsl.select(MAIL_OUTBOX.ID, MAIL_OUTBOX.RECIPIENT, MAIL_OUTBOX.SUBJECT, MAIL_OUTBOX.BODY_TEXT,
                        MAIL_OUTBOX.BODY_HTML, MAIL_OUTBOX.MESSAGE_ID, MAIL_OUTBOX.ATTEMPTS)
                .from(MAIL_OUTBOX).where(MAIL_OUTBOX.ID.in(ids)).orderBy(MAIL_OUTBOX.ID)
                .fetch(r -> new MailToSend(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), claim));
    }

    /** Marks mails of one claim sent, those the claim still holds; returns the rows updated. */
    int markSent(String claim, Collection<Long> ids, LocalDateTime nowUtc) {
        return ids.isEmpty() ? 0 : dsl.update(MAIL_OUTBOX).set(MAIL_OUTBOX.STATUS, MailStatus.SENT.name())
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1)).set(MAIL_OUTBOX.SENT_AT, nowUtc)
                .set(MAIL_OUTBOX.LAST_ERROR, (String) null)
                .set(MAIL_OUTBOX.CLAIMED_BY, (String) null).set(MAIL_OUTBOX.CLAIMED_UNTIL, (LocalDateTime) null)
                .set(MAIL_OUTBOX.VERSION, MAIL_OUTBOX.VERSION.plus(1))
                .where(MAIL_OUTBOX.ID.in(ids)).and(MAIL_OUTBOX.CLAIMED_BY.eq(claim))
                .and(MAIL_OUTBOX.STATUS.eq(MailStatus.PENDING.name()))
                .execute();
    }

    /** Records a failed attempt: pending again at {@code nextAttemptUtc}, or failed for good. */
    int markAttemptFailed(MailToSend mail, String error, LocalDateTime nextAttemptUtc, boolean giveUp) {
        return dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, giveUp ? MailStatus.FAILED.name() : MailStatus.PENDING.name())
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1))
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, nextAttemptUtc)
                .set(MAIL_OUTBOX.LAST_ERROR, error == null ? null
                        : error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX - 1) + "…")
                .set(MAIL_OUTBOX.CLAIMED_BY, (String) null).set(MAIL_OUTBOX.CLAIMED_UNTIL, (LocalDateTime) null)
                .set(MAIL_OUTBOX.VERSION, MAIL_OUTBOX.VERSION.plus(1))
                .where(MAIL_OUTBOX.ID.eq(mail.id())).and(MAIL_OUTBOX.CLAIMED_BY.eq(mail.claim()))
                .and(MAIL_OUTBOX.STATUS.eq(MailStatus.PENDING.name()))
                .execute();
    }

    /** A failed mail goes back to the queue for a fresh round of attempts. */
    int resend(long id, int expectedVersion, LocalDateTime nowUtc) {
        return dsl.update(MAIL_OUTBOX).set(MAIL_OUTBOX.STATUS, MailStatus.PENDING.name())
                .set(MAIL_OUTBOX.ATTEMPTS, 0).set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, nowUtc)
                .set(MAIL_OUTBOX.CLAIMED_BY, (String) null).set(MAIL_OUTBOX.CLAIMED_UNTIL, (LocalDateTime) null)
                .set(MAIL_OUTBOX.VERSION, MAIL_OUTBOX.VERSION.plus(1))
                .where(MAIL_OUTBOX.ID.eq(id)).and(MAIL_OUTBOX.VERSION.eq(expectedVersion))
                .and(MAIL_OUTBOX.STATUS.eq(MailStatus.FAILED.name()))
                .execute();
    }

    // --- the administrators' view ----------------------------------------------------------------------------------

    private static Condition matches(OutboxFilter filter) {
        Condition c = filter.status() == null ? DSL.noCondition() : MAIL_OUTBOX.STATUS.eq(filter.status().name());
        return c.and(Filters.containsIgnoreCase(filter.text(), MAIL_OUTBOX.RECIPIENT, MAIL_OUTBOX.SUBJECT));
    }

    int count(OutboxFilter filter) {
        return dsl.fetchCount(MAIL_OUTBOX, matches(filter));
    }

    /** Newest first. */
    List<OutboxMail> page(OutboxFilter filter, int offset, int limit) {
        return dsl.selectFrom(MAIL_OUTBOX).where(matches(filter))
                .orderBy(MAIL_OUTBOX.CREATED_AT.desc(), MAIL_OUTBOX.ID.desc())
                .offset(offset).limit(limit)
                .fetch(OutboxRepository::mail);
    }

    Optional<OutboxMailContent> content(long id) {
        return dsl.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.ID.eq(id))
                .fetchOptional(r -> new OutboxMailContent(mail(r), r.get(MAIL_OUTBOX.MESSAGE_ID),
                        r.get(MAIL_OUTBOX.BODY_TEXT), r.get(MAIL_OUTBOX.BODY_HTML), carried(id)));
    }

    private List<OutboxMailContent.Carried> carried(long mailId) {
        return dsl.select(FOLLOW_UP.ID, FOLLOW_UP.TITLE, FOLLOW_UP.SCHEDULED_ON, REMINDER.KIND, REMINDER.DUE_ON)
                .from(REMINDER).join(FOLLOW_UP).on(FOLLOW_UP.ID.eq(REMINDER.FOLLOW_UP_ID))
                .where(REMINDER.MAIL_ID.eq(mailId)).orderBy(FOLLOW_UP.SCHEDULED_ON, REMINDER.ID)
                .fetch(r -> new OutboxMailContent.Carried(r.value1(), r.value2(), r.value3(),
                        ReminderKind.valueOf(r.value4()), r.value5()));
    }

    private static OutboxMail mail(Record r) {
        return new OutboxMail(r.get(MAIL_OUTBOX.ID), r.get(MAIL_OUTBOX.RECIPIENT), r.get(MAIL_OUTBOX.LANGUAGE),
                ReminderMode.valueOf(r.get(MAIL_OUTBOX.KIND)), r.get(MAIL_OUTBOX.MAIL_DAY), r.get(MAIL_OUTBOX.SUBJECT),
                MailStatus.valueOf(r.get(MAIL_OUTBOX.STATUS)), r.get(MAIL_OUTBOX.ATTEMPTS),
                utc(r.get(MAIL_OUTBOX.NEXT_ATTEMPT_AT)), r.get(MAIL_OUTBOX.LAST_ERROR),
                utc(r.get(MAIL_OUTBOX.CREATED_AT)), utc(r.get(MAIL_OUTBOX.SENT_AT)), r.get(MAIL_OUTBOX.VERSION));
    }

    private static java.time.Instant utc(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
