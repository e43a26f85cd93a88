package se.samverkan.followup;

import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.FOLLOW_UP;
import static se.samverkan.db.Tables.FOLLOW_UP_AREA;
import static se.samverkan.db.Tables.FOLLOW_UP_DECISION;
import static se.samverkan.db.Tables.FOLLOW_UP_ORGANISATION;
import static se.samverkan.db.Tables.FOLLOW_UP_PERSON;
import static se.samverkan.db.Tables.FOLLOW_UP_SERIES;
import static se.samverkan.db.Tables.ORGANISATION;
import static se.samverkan.db.Tables.PERSON;
import static se.samverkan.db.Tables.PRIORITY_AREA;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import se.samverkan.agreement.AgreementScope;

@Repository
class FollowUpRepository {

    private final DSLContext dsl;

    FollowUpRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Condition within(AgreementScope scope) {
        return scope.all() ? DSL.noCondition() : FOLLOW_UP.AGREEMENT_ID.in(scope.agreementIds());
    }

    private static Condition matches(FollowUpFilter filter, LocalDate today) {
        Condition c = filter.agreementId() == null ? DSL.noCondition()
                : FOLLOW_UP.AGREEMENT_ID.eq(filter.agreementId());
        return filter.includePast() ? c : c.and(FOLLOW_UP.SCHEDULED_ON.ge(today));
    }

    // --- lists -----------------------------------------------------------------------------------------------------

    int count(FollowUpFilter filter, AgreementScope scope, LocalDate today) {
        return dsl.fetchCount(FOLLOW_UP, matches(filter, today).and(within(scope)));
    }

    /** Upcoming first (soonest first), then past ones (latest first). */
    List<FollowUpSummary> page(FollowUpFilter filter, AgreementScope scope, LocalDate today, int offset, int limit) {
        return dsl.select(FOLLOW_UP.ID, FOLLOW_UP.AGREEMENT_ID, AGREEMENT.TITLE, FOLLOW_UP.TITLE, FOLLOW_UP.KIND,
                        FOLLOW_UP.SCHEDULED_ON, FOLLOW_UP.STARTS_AT, FOLLOW_UP.REPORT_DEADLINE, FOLLOW_UP.STATUS,
                        FOLLOW_UP.SERIES_ID, FOLLOW_UP.PLACE)
                .from(FOLLOW_UP).join(AGREEMENT).on(AGREEMENT.ID.eq(FOLLOW_UP.AGREEMENT_ID))
                .where(matches(filter, today)).and(within(scope))
                .orderBy(DSL.when(FOLLOW_UP.SCHEDULED_ON.ge(today), 0).else_(1),
                        DSL.when(FOLLOW_UP.SCHEDULED_ON.ge(today), FOLLOW_UP.SCHEDULED_ON).asc(),
                        FOLLOW_UP.SCHEDULED_ON.desc(), FOLLOW_UP.STARTS_AT, FOLLOW_UP.ID)
                .offset(offset).limit(limit)
                .fetch(r -> new FollowUpSummary(r.value1(), r.value2(), r.value3(), r.value4(),
                        FollowUpKind.valueOf(r.value5()), r.value6(), r.value7(), r.value8(),
                        FollowUpStatus.valueOf(r.value9()), r.value10(), r.value11()));
    }

    // --- one follow-up ---------------------------------------------------------------------------------------------

    Optional<FollowUpFacts> facts(long id) {
        return dsl.select(FOLLOW_UP.asterisk(), AGREEMENT.TITLE).from(FOLLOW_UP)
                .join(AGREEMENT).on(AGREEMENT.ID.eq(FOLLOW_UP.AGREEMENT_ID))
                .where(FOLLOW_UP.ID.eq(id))
                .fetchOptional(r -> facts(r, areaIds(id)));
    }

    private static FollowUpFacts facts(Record r, Set<Long> areaIds) {
        return new FollowUpFacts(r.get(FOLLOW_UP.ID), r.get(FOLLOW_UP.AGREEMENT_ID), r.get(AGREEMENT.TITLE),
                r.get(FOLLOW_UP.SERIES_ID), r.get(FOLLOW_UP.TITLE), FollowUpKind.valueOf(r.get(FOLLOW_UP.KIND)),
                r.get(FOLLOW_UP.SCHEDULED_ON), r.get(FOLLOW_UP.STARTS_AT), r.get(FOLLOW_UP.DURATION_MINUTES),
                r.get(FOLLOW_UP.PLACE), r.get(FOLLOW_UP.MEETING_URL), r.get(FOLLOW_UP.REPORT_DEADLINE),
                r.get(FOLLOW_UP.NOTES), FollowUpStatus.valueOf(r.get(FOLLOW_UP.STATUS)), areaIds,
                r.get(FOLLOW_UP.VERSION));
    }

    Set<Long> areaIds(long followUpId) {
        return new LinkedHashSet<>(dsl.select(FOLLOW_UP_AREA.AREA_ID).from(FOLLOW_UP_AREA)
                .where(FOLLOW_UP_AREA.FOLLOW_UP_ID.eq(followUpId)).orderBy(FOLLOW_UP_AREA.AREA_ID)
                .fetch(r -> r.value1()));
    }

    Optional<FollowUpDetails> details(long id) {
        return dsl.select(FOLLOW_UP.asterisk(), AGREEMENT.TITLE, FOLLOW_UP_SERIES.RECURRENCE).from(FOLLOW_UP)
                .join(AGREEMENT).on(AGREEMENT.ID.eq(FOLLOW_UP.AGREEMENT_ID))
                .leftJoin(FOLLOW_UP_SERIES).on(FOLLOW_UP_SERIES.ID.eq(FOLLOW_UP.SERIES_ID))
                .where(FOLLOW_UP.ID.eq(id))
                .fetchOptional(r -> new FollowUpDetails(id, r.get(FOLLOW_UP.AGREEMENT_ID), r.get(AGREEMENT.TITLE),
                        r.get(FOLLOW_UP.SERIES_ID),
                        r.get(FOLLOW_UP_SERIES.RECURRENCE) == null ? Recurrence.NONE
                                : Recurrence.valueOf(r.get(FOLLOW_UP_SERIES.RECURRENCE)),
                        r.get(FOLLOW_UP.TITLE), FollowUpKind.valueOf(r.get(FOLLOW_UP.KIND)),
                        r.get(FOLLOW_UP.SCHEDULED_ON), r.get(FOLLOW_UP.STARTS_AT), r.get(FOLLOW_UP.DURATION_MINUTES),
                        r.get(FOLLOW_UP.PLACE), r.get(FOLLOW_UP.MEETING_URL), r.get(FOLLOW_UP.REPORT_DEADLINE),
                        r.get(FOLLOW_UP.NOTES), FollowUpStatus.valueOf(r.get(FOLLOW_UP.STATUS)),
                        r.get(FOLLOW_UP.MINUTES), r.get(FOLLOW_UP.OUTCOME), areas(id), organisations(id), people(id),
                        decisions(id), r.get(FOLLOW_UP.VERSION), false));
    }

    private List<Named> areas(long id) {
        return dsl.select(PRIORITY_AREA.ID, PRIORITY_AREA.POSITION, PRIORITY_AREA.TITLE).from(FOLLOW_UP_AREA)
                .join(PRIORITY_AREA).on(PRIORITY_AREA.ID.eq(FOLLOW_UP_AREA.AREA_ID))
                .where(FOLLOW_UP_AREA.FOLLOW_UP_ID.eq(id)).orderBy(PRIORITY_AREA.POSITION)
                .fetch(r -> new Named(r.value1(), r.value2() + ". " + r.value3()));
    }

    private List<Named> organisations(long id) {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME).from(FOLLOW_UP_ORGANISATION)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(FOLLOW_UP_ORGANISATION.ORGANISATION_ID))
                .where(FOLLOW_UP_ORGANISATION.FOLLOW_UP_ID.eq(id)).orderBy(ORGANISATION.NAME)
                .fetch(r -> new Named(r.value1(), r.value2()));
    }

    private List<Named> people(long id) {
        return dsl.select(PERSON.ID, PERSON.DISPLAY_NAME).from(FOLLOW_UP_PERSON)
                .join(PERSON).on(PERSON.ID.eq(FOLLOW_UP_PERSON.PERSON_ID))
                .where(FOLLOW_UP_PERSON.FOLLOW_UP_ID.eq(id)).orderBy(PERSON.DISPLAY_NAME)
                .fetch(r -> new Named(r.value1(), r.value2()));
    }

    private List<Decision> decisions(long id) {
        return dsl.select(FOLLOW_UP_DECISION.ID, FOLLOW_UP_DECISION.TEXT, FOLLOW_UP_DECISION.ACTION_ITEM_ID,
                        ACTION_ITEM.TITLE)
                .from(FOLLOW_UP_DECISION).leftJoin(ACTION_ITEM).on(ACTION_ITEM.ID.eq(FOLLOW_UP_DECISION.ACTION_ITEM_ID))
                .where(FOLLOW_UP_DECISION.FOLLOW_UP_ID.eq(id)).orderBy(FOLLOW_UP_DECISION.ID)
                .fetch(r -> new Decision(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** The draft an edit form starts from (participants and areas included). */
    Optional<FollowUpDraft> draft(long id) {
        return facts(id).map(f -> {
            FollowUpDraft d = new FollowUpDraft();
            d.setAgreementId(f.agreementId());
            d.setTitle(f.title());
            d.setKind(f.kind());
            d.setDate(f.date());
            d.setStartTime(f.startTime());
            d.setDurationMinutes(f.durationMinutes());
            d.setPlace(f.place());
            d.setMeetingUrl(f.meetingUrl());
            d.setReportDeadline(f.reportDeadline());
            d.setNotes(f.notes());
            d.setAreaIds(f.areaIds());
            d.setOrganisationIds(new LinkedHashSet<>(dsl.select(FOLLOW_UP_ORGANISATION.ORGANISATION_ID)
                    .from(FOLLOW_UP_ORGANISATION).where(FOLLOW_UP_ORGANISATION.FOLLOW_UP_ID.eq(id))
                    .orderBy(FOLLOW_UP_ORGANISATION.ORGANISATION_ID).fetch(r -> r.value1())));
            d.setPersonIds(new LinkedHashSet<>(dsl.select(FOLLOW_UP_PERSON.PERSON_ID).from(FOLLOW_UP_PERSON)
                    .where(FOLLOW_UP_PERSON.FOLLOW_UP_ID.eq(id)).orderBy(FOLLOW_UP_PERSON.PERSON_ID)
                    .fetch(r -> r.value1())));
            d.setVersion(f.version());
            return d;
        });
    }

    // --- writing ---------------------------------------------------------------------------------------------------

    long insertSeries(long agreementId, Recurrence recurrence) {
        return dsl.insertInto(FOLLOW_UP_SERIES).set(FOLLOW_UP_SERIES.AGREEMENT_ID, agreementId)
                .set(FOLLOW_UP_SERIES.RECURRENCE, recurrence.name())
                .returningResult(FOLLOW_UP_SERIES.ID).fetchSingle().value1();
    }

    long insert(FollowUpDraft d, LocalDate date, LocalDate deadline, Long seriesId) {
        long id = dsl.insertInto(FOLLOW_UP)
                .set(FOLLOW_UP.AGREEMENT_ID, d.getAgreementId())
                .set(FOLLOW_UP.SERIES_ID, seriesId)
                .set(FOLLOW_UP.TITLE, d.getTitle())
                .set(FOLLOW_UP.KIND, d.getKind().name())
                .set(FOLLOW_UP.SCHEDULED_ON, date)
                .set(FOLLOW_UP.STARTS_AT, d.getStartTime())
                .set(FOLLOW_UP.DURATION_MINUTES, d.getDurationMinutes())
                .set(FOLLOW_UP.PLACE, d.getPlace())
                .set(FOLLOW_UP.MEETING_URL, d.getMeetingUrl())
                .set(FOLLOW_UP.REPORT_DEADLINE, deadline)
                .set(FOLLOW_UP.NOTES, d.getNotes())
                .returningResult(FOLLOW_UP.ID).fetchSingle().value1();
        replaceChildren(id, d);
        return id;
    }

    /** Updates the follow-up if it still has the expected version; returns the rows updated (0 or 1). */
    int update(long id, int expectedVersion, FollowUpDraft d, LocalDate date, LocalDate deadline) {
        int rows = dsl.update(FOLLOW_UP)
                .set(FOLLOW_UP.TITLE, d.getTitle())
                .set(FOLLOW_UP.KIND, d.getKind().name())
                .set(FOLLOW_UP.SCHEDULED_ON, date)
                .set(FOLLOW_UP.STARTS_AT, d.getStartTime())
                .set(FOLLOW_UP.DURATION_MINUTES, d.getDurationMinutes())
                .set(FOLLOW_UP.PLACE, d.getPlace())
                .set(FOLLOW_UP.MEETING_URL, d.getMeetingUrl())
                .set(FOLLOW_UP.REPORT_DEADLINE, deadline)
                .set(FOLLOW_UP.NOTES, d.getNotes())
                .set(FOLLOW_UP.VERSION, FOLLOW_UP.VERSION.plus(1))
                .where(FOLLOW_UP.ID.eq(id)).and(FOLLOW_UP.VERSION.eq(expectedVersion))
                .execute();
        if (rows == 1) {
            replaceChildren(id, d);
        }
        return rows;
    }

    private void replaceChildren(long id, FollowUpDraft d) {
        dsl.deleteFrom(FOLLOW_UP_AREA).where(FOLLOW_UP_AREA.FOLLOW_UP_ID.eq(id)).execute();
        for (Long area : d.getAreaIds()) {
            dsl.insertInto(FOLLOW_UP_AREA).set(FOLLOW_UP_AREA.FOLLOW_UP_ID, id)
                    .set(FOLLOW_UP_AREA.AGREEMENT_ID, d.getAgreementId()).set(FOLLOW_UP_AREA.AREA_ID, area).execute();
        }
        dsl.deleteFrom(FOLLOW_UP_ORGANISATION).where(FOLLOW_UP_ORGANISATION.FOLLOW_UP_ID.eq(id)).execute();
        for (Long organisation : d.getOrganisationIds()) {
            dsl.insertInto(FOLLOW_UP_ORGANISATION).set(FOLLOW_UP_ORGANISATION.FOLLOW_UP_ID, id)
                    .set(FOLLOW_UP_ORGANISATION.ORGANISATION_ID, organisation).execute();
        }
        dsl.deleteFrom(FOLLOW_UP_PERSON).where(FOLLOW_UP_PERSON.FOLLOW_UP_ID.eq(id)).execute();
        for (Long person : d.getPersonIds()) {
            dsl.insertInto(FOLLOW_UP_PERSON).set(FOLLOW_UP_PERSON.FOLLOW_UP_ID, id)
                    .set(FOLLOW_UP_PERSON.PERSON_ID, person).execute();
        }
    }

    int setStatus(long id, int expectedVersion, FollowUpStatus status) {
        return dsl.update(FOLLOW_UP).set(FOLLOW_UP.STATUS, status.name())
                .set(FOLLOW_UP.VERSION, FOLLOW_UP.VERSION.plus(1))
                .where(FOLLOW_UP.ID.eq(id)).and(FOLLOW_UP.VERSION.eq(expectedVersion)).execute();
    }

    int saveMinutes(long id, int expectedVersion, String minutes, String outcome) {
        return dsl.update(FOLLOW_UP).set(FOLLOW_UP.MINUTES, minutes).set(FOLLOW_UP.OUTCOME, outcome)
                .set(FOLLOW_UP.STATUS, FollowUpStatus.HELD.name())
                .set(FOLLOW_UP.VERSION, FOLLOW_UP.VERSION.plus(1))
                .where(FOLLOW_UP.ID.eq(id)).and(FOLLOW_UP.VERSION.eq(expectedVersion))
                .and(FOLLOW_UP.STATUS.ne(FollowUpStatus.CANCELLED.name())).execute();
    }

    /** The scheduled occurrences of the series after the given one (by date), for changes to the whole series. */
    List<FollowUpFacts> laterInSeries(long seriesId, LocalDate after, long exceptId) {
        return dsl.select(FOLLOW_UP.asterisk(), AGREEMENT.TITLE).from(FOLLOW_UP)
                .join(AGREEMENT).on(AGREEMENT.ID.eq(FOLLOW_UP.AGREEMENT_ID))
                .where(FOLLOW_UP.SERIES_ID.eq(seriesId)).and(FOLLOW_UP.SCHEDULED_ON.ge(after))
                .and(FOLLOW_UP.ID.ne(exceptId)).and(FOLLOW_UP.STATUS.eq(FollowUpStatus.SCHEDULED.name()))
                .orderBy(FOLLOW_UP.SCHEDULED_ON, FOLLOW_UP.ID)
                .fetch(r -> facts(r, areaIds(r.get(FOLLOW_UP.ID))));
    }

    // --- decisions -------------------------------------------------------------------------------------------------

    long insertDecision(long followUpId, String text, Long actionItemId) {
        return dsl.insertInto(FOLLOW_UP_DECISION).set(FOLLOW_UP_DECISION.FOLLOW_UP_ID, followUpId)
                .set(FOLLOW_UP_DECISION.TEXT, text).set(FOLLOW_UP_DECISION.ACTION_ITEM_ID, actionItemId)
                .returningResult(FOLLOW_UP_DECISION.ID).fetchSingle().value1();
    }

    Optional<Decision> decision(long followUpId, long decisionId) {
        return dsl.select(FOLLOW_UP_DECISION.ID, FOLLOW_UP_DECISION.TEXT, FOLLOW_UP_DECISION.ACTION_ITEM_ID)
                .from(FOLLOW_UP_DECISION)
                .where(FOLLOW_UP_DECISION.ID.eq(decisionId)).and(FOLLOW_UP_DECISION.FOLLOW_UP_ID.eq(followUpId))
                .fetchOptional(r -> new Decision(r.value1(), r.value2(), r.value3(), null));
    }

    int deleteDecision(long decisionId) {
        return dsl.deleteFrom(FOLLOW_UP_DECISION).where(FOLLOW_UP_DECISION.ID.eq(decisionId)).execute();
    }

    /** Bumps the version, so that a change of decisions conflicts with a concurrent edit of the follow-up. */
    int touch(long id, int expectedVersion) {
        return dsl.update(FOLLOW_UP).set(FOLLOW_UP.VERSION, FOLLOW_UP.VERSION.plus(1))
                .where(FOLLOW_UP.ID.eq(id)).and(FOLLOW_UP.VERSION.eq(expectedVersion)).execute();
    }

    // --- reminders and calendars -----------------------------------------------------------------------------------

    /**
     * The date of the agreement's latest follow-up before the given date that was not called off: reports since then
     * count as reported for this one.
     */
    Optional<LocalDate> previousDate(long agreementId, LocalDate before) {
        return dsl.select(DSL.max(FOLLOW_UP.SCHEDULED_ON)).from(FOLLOW_UP)
                .where(FOLLOW_UP.AGREEMENT_ID.eq(agreementId)).and(FOLLOW_UP.SCHEDULED_ON.lt(before))
                .and(FOLLOW_UP.STATUS.ne(FollowUpStatus.CANCELLED.name()))
                .fetchOptional(r -> r.value1());
    }

    /** Scheduled follow-ups on or after the day, soonest first. */
    List<Long> scheduledFrom(LocalDate day) {
        return dsl.select(FOLLOW_UP.ID).from(FOLLOW_UP)
                .where(FOLLOW_UP.STATUS.eq(FollowUpStatus.SCHEDULED.name())).and(FOLLOW_UP.SCHEDULED_ON.ge(day))
                .orderBy(FOLLOW_UP.SCHEDULED_ON, FOLLOW_UP.ID).fetch(r -> r.value1());
    }

    /**
     * Follow-ups from the day on that the person takes part in: named, through their organisation, or as responsible
     * person or deputy of an item in scope.
     */
    List<FollowUpFacts> participating(long personId, long organisationId, LocalDate from) {
        Condition named = DSL.exists(DSL.selectOne().from(FOLLOW_UP_PERSON)
                .where(FOLLOW_UP_PERSON.FOLLOW_UP_ID.eq(FOLLOW_UP.ID)).and(FOLLOW_UP_PERSON.PERSON_ID.eq(personId)));
        Condition organisation = DSL.exists(DSL.selectOne().from(FOLLOW_UP_ORGANISATION)
                .where(FOLLOW_UP_ORGANISATION.FOLLOW_UP_ID.eq(FOLLOW_UP.ID))
                .and(FOLLOW_UP_ORGANISATION.ORGANISATION_ID.eq(organisationId)));
        Condition responsible = DSL.exists(DSL.selectOne().from(ACTION_ITEM)
                .where(ACTION_ITEM.AGREEMENT_ID.eq(FOLLOW_UP.AGREEMENT_ID))
                .and(ACTION_ITEM.RESPONSIBLE_PERSON_ID.eq(personId).or(ACTION_ITEM.DEPUTY_PERSON_ID.eq(personId)))
                .and(DSL.notExists(DSL.selectOne().from(FOLLOW_UP_AREA)
                        .where(FOLLOW_UP_AREA.FOLLOW_UP_ID.eq(FOLLOW_UP.ID)))
                        .or(DSL.exists(DSL.selectOne().from(FOLLOW_UP_AREA)
                                .where(FOLLOW_UP_AREA.FOLLOW_UP_ID.eq(FOLLOW_UP.ID))
                                .and(FOLLOW_UP_AREA.AREA_ID.eq(ACTION_ITEM.AREA_ID))))));
        return dsl.select(FOLLOW_UP.asterisk(), AGREEMENT.TITLE).from(FOLLOW_UP)
                .join(AGREEMENT).on(AGREEMENT.ID.eq(FOLLOW_UP.AGREEMENT_ID))
                .where(FOLLOW_UP.SCHEDULED_ON.ge(from)).and(named.or(organisation).or(responsible))
                .orderBy(FOLLOW_UP.SCHEDULED_ON, FOLLOW_UP.STARTS_AT, FOLLOW_UP.ID)
                .fetch(r -> facts(r, Set.of()));
    }
}
