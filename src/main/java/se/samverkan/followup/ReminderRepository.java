package se.samverkan.followup;

import static se.samverkan.db.Tables.AGREEMENT_PARTY;
import static se.samverkan.db.Tables.MAIL_OUTBOX;
import static se.samverkan.db.Tables.PERSON;
import static se.samverkan.db.Tables.REMINDER;
import static se.samverkan.db.Tables.REMINDER_PREFERENCE;
import static se.samverkan.db.Tables.USER_ACCOUNT;
import static se.samverkan.db.Tables.USER_ROLE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import se.samverkan.base.security.Role;

/** Queued reminders, reminder preferences, and who reminders go to. */
@Repository
class ReminderRepository {

    private final DSLContext dsl;

    ReminderRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Queues the reminder for each person, except where the same one (person, follow-up, kind, day) is queued
     * already; many rows per statement.
     *
     * @return how many were queued now
     */
    int queue(Collection<Long> personIds, long followUpId, ReminderKind kind, LocalDate dueOn, LocalDateTime nowUtc) {
        int queued = 0;
        List<Long> people = List.copyOf(personIds);
        for (int from = 0; from < people.size(); from += 500) {
            var insert = dsl.insertInto(REMINDER, REMINDER.PERSON_ID, REMINDER.FOLLOW_UP_ID, REMINDER.KIND,
                    REMINDER.DUE_ON, REMINDER.QUEUED_AT);
            for (Long personId : people.subList(from, Math.min(from + 500, people.size()))) {
                insert = insert.values(personId, followUpId, kind.name(), dueOn, nowUtc);
            }
            queued += insert.onDuplicateKeyIgnore().execute();
        }
        return queued;
    }

    /** People with reminders waiting for a mail. */
    List<Long> peopleWithQueued() {
        return dsl.selectDistinct(REMINDER.PERSON_ID).from(REMINDER).where(REMINDER.STATUS.eq("QUEUED"))
                .orderBy(REMINDER.PERSON_ID).fetch(r -> r.value1());
    }

    /** The queued reminders of these people, locked for this transaction (another composer waits). */
    Map<Long, List<QueuedReminder>> queuedOf(Collection<Long> personIds) {
        Map<Long, List<QueuedReminder>> queued = new LinkedHashMap<>();
        dsl.select(REMINDER.ID, REMINDER.PERSON_ID, REMINDER.FOLLOW_UP_ID, REMINDER.KIND, REMINDER.DUE_ON,
                        REMINDER.QUEUED_AT)
                .from(REMINDER).where(REMINDER.PERSON_ID.in(personIds)).and(REMINDER.STATUS.eq("QUEUED"))
                .orderBy(REMINDER.PERSON_ID, REMINDER.DUE_ON, REMINDER.ID)
                .forUpdate()
                .forEach(r -> queued.computeIfAbsent(r.value2(), id -> new ArrayList<>()).add(new QueuedReminder(
                        r.value1(), r.value2(), r.value3(), ReminderKind.valueOf(r.value4()), r.value5(),
                        r.value6().toInstant(ZoneOffset.UTC))));
        return queued;
    }

    int drop(Collection<Long> ids) {
        return ids.isEmpty() ? 0 : dsl.update(REMINDER).set(REMINDER.STATUS, "DROPPED")
                .where(REMINDER.ID.in(ids)).and(REMINDER.STATUS.eq("QUEUED")).execute();
    }

    /** Marks the reminders as carried by their person's mail of the day; returns how many were marked. */
    int markMailed(Collection<Long> ids, LocalDate mailDay) {
        return ids.isEmpty() ? 0 : dsl.update(REMINDER.join(MAIL_OUTBOX)
                        .on(MAIL_OUTBOX.PERSON_ID.eq(REMINDER.PERSON_ID)).and(MAIL_OUTBOX.MAIL_DAY.eq(mailDay)))
                .set(REMINDER.STATUS, "MAILED").set(REMINDER.MAIL_ID, MAIL_OUTBOX.ID)
                .where(REMINDER.ID.in(ids)).and(REMINDER.STATUS.eq("QUEUED")).execute();
    }

    /** How many reminders of a follow-up are queued, mailed and dropped. */
    java.util.Map<String, Integer> countsOf(long followUpId) {
        return dsl.select(REMINDER.STATUS, DSL.count()).from(REMINDER).where(REMINDER.FOLLOW_UP_ID.eq(followUpId))
                .groupBy(REMINDER.STATUS).fetchMap(r -> r.value1(), r -> r.value2());
    }

    // --- recipients ------------------------------------------------------------------------------------------------

    Map<Long, Recipient> recipients(Collection<Long> personIds) {
        Map<Long, Recipient> recipients = new HashMap<>();
        dsl.select(PERSON.ID, PERSON.DISPLAY_NAME, PERSON.EMAIL, PERSON.ACTIVE, PERSON.ORGANISATION_ID,
                        USER_ACCOUNT.PREFERRED_LANGUAGE, USER_ACCOUNT.ID, REMINDER_PREFERENCE.MODE)
                .from(PERSON)
                .leftJoin(USER_ACCOUNT).on(USER_ACCOUNT.PERSON_ID.eq(PERSON.ID))
                .leftJoin(REMINDER_PREFERENCE).on(REMINDER_PREFERENCE.PERSON_ID.eq(PERSON.ID))
                .where(PERSON.ID.in(personIds))
                .forEach(r -> recipients.put(r.value1(), new Recipient(r.value1(), r.value2(), r.value3(),
                        Boolean.TRUE.equals(r.value4()), r.value5(), r.value6() == null ? "sv" : r.value6(),
                        r.value7() != null, r.value8() == null ? ReminderMode.SINGLE
                                : ReminderMode.valueOf(r.value8()))));
        return recipients;
    }

    /** The people among these who are still active. */
    Set<Long> active(Collection<Long> personIds) {
        return personIds.isEmpty() ? Set.of() : new HashSet<>(dsl.select(PERSON.ID).from(PERSON)
                .where(PERSON.ID.in(personIds)).and(PERSON.ACTIVE.isTrue()).fetch(r -> r.value1()));
    }

    /** Active people with an enabled manager's account: person id to organisation id. */
    java.util.Map<Long, Long> managers() {
        return dsl.select(PERSON.ID, PERSON.ORGANISATION_ID).from(USER_ACCOUNT)
                .join(PERSON).on(PERSON.ID.eq(USER_ACCOUNT.PERSON_ID))
                .join(USER_ROLE).on(USER_ROLE.USER_ACCOUNT_ID.eq(USER_ACCOUNT.ID))
                .where(USER_ROLE.ROLE.eq(Role.MANAGER.name())).and(USER_ACCOUNT.ENABLED.isTrue())
                .and(PERSON.ACTIVE.isTrue())
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    Set<Long> parties(long agreementId) {
        return new HashSet<>(dsl.select(AGREEMENT_PARTY.ORGANISATION_ID).from(AGREEMENT_PARTY)
                .where(AGREEMENT_PARTY.AGREEMENT_ID.eq(agreementId)).fetch(r -> r.value1()));
    }

    // --- preferences -----------------------------------------------------------------------------------------------

    /** The person's mode and the version of their preference row (0 and SINGLE when they never chose). */
    PreferenceRow preference(long personId) {
        return dsl.select(REMINDER_PREFERENCE.MODE, REMINDER_PREFERENCE.VERSION).from(REMINDER_PREFERENCE)
                .where(REMINDER_PREFERENCE.PERSON_ID.eq(personId))
                .fetchOptional(r -> new PreferenceRow(ReminderMode.valueOf(r.value1()), r.value2(), true))
                .orElse(new PreferenceRow(ReminderMode.SINGLE, 0, false));
    }

    record PreferenceRow(ReminderMode mode, int version, boolean saved) {
    }

    /** Saves the mode if the row still has the expected version (a first choice inserts it); rows written, 0 or 1. */
    int savePreference(long personId, ReminderMode mode, int expectedVersion, boolean exists) {
        if (!exists) {
            return dsl.insertInto(REMINDER_PREFERENCE).set(REMINDER_PREFERENCE.PERSON_ID, personId)
                    .set(REMINDER_PREFERENCE.MODE, mode.name()).onDuplicateKeyIgnore().execute();
        }
        return dsl.update(REMINDER_PREFERENCE).set(REMINDER_PREFERENCE.MODE, mode.name())
                .set(REMINDER_PREFERENCE.VERSION, REMINDER_PREFERENCE.VERSION.plus(1))
                .where(REMINDER_PREFERENCE.PERSON_ID.eq(personId))
                .and(REMINDER_PREFERENCE.VERSION.eq(expectedVersion)).execute();
    }
}
