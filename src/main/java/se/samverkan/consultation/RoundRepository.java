package se.samverkan.consultation;

import static org.jooq.impl.DSL.when;
import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.CONSULTATION_ANSWER;
import static se.samverkan.db.Tables.CONSULTATION_BODY;
import static se.samverkan.db.Tables.CONSULTATION_REMARK;
import static se.samverkan.db.Tables.CONSULTATION_ROUND;
import static se.samverkan.db.Tables.ORGANISATION;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import se.samverkan.agreement.AgreementScope;

/** Consultation rounds and the bodies asked. */
@Repository
class RoundRepository {

    private final DSLContext dsl;

    RoundRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Condition within(AgreementScope scope) {
        return scope.all() ? DSL.noCondition() : CONSULTATION_ROUND.AGREEMENT_ID.in(scope.agreementIds());
    }

    /** The one definition of where a body stands, in SQL: answered, else overdue once the due date has passed. */
    static Field<String> state(LocalDate today) {
        return when(CONSULTATION_ANSWER.ID.isNotNull(), AnswerState.ANSWERED.name())
                .when(CONSULTATION_ROUND.DUE_ON.lt(today), AnswerState.OVERDUE.name())
                .else_(AnswerState.AWAITING.name());
    }

    int count(AgreementScope scope) {
        return dsl.fetchCount(CONSULTATION_ROUND, within(scope));
    }

    /** Open rounds first, then the newest. */
    List<RoundSummary> page(AgreementScope scope, LocalDate today, int offset, int limit) {
        Field<Integer> bodies = DSL.field(DSL.selectCount().from(CONSULTATION_BODY)
                .where(CONSULTATION_BODY.ROUND_ID.eq(CONSULTATION_ROUND.ID)));
        Field<Integer> answered = DSL.field(DSL.selectCount().from(CONSULTATION_ANSWER)
                .where(CONSULTATION_ANSWER.ROUND_ID.eq(CONSULTATION_ROUND.ID)));
        return dsl.select(CONSULTATION_ROUND.ID, CONSULTATION_ROUND.TITLE, AGREEMENT.ID, AGREEMENT.TITLE,
                        CONSULTATION_ROUND.SENT_BY, CONSULTATION_ROUND.DIARY_NUMBER, CONSULTATION_ROUND.SENT_ON,
                        CONSULTATION_ROUND.DUE_ON, CONSULTATION_ROUND.STATUS, bodies, answered)
                .from(CONSULTATION_ROUND)
                .join(AGREEMENT).on(AGREEMENT.ID.eq(CONSULTATION_ROUND.AGREEMENT_ID))
                .where(within(scope))
                .orderBy(DSL.field(CONSULTATION_ROUND.STATUS.eq(RoundStatus.OPEN.name())).desc(),
                        CONSULTATION_ROUND.SENT_ON.desc(), CONSULTATION_ROUND.ID.desc())
                .offset(offset).limit(limit)
                .fetch(r -> {
                    boolean late = r.value8().isBefore(today);
                    int missing = r.value10() - r.value11();
                    return new RoundSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                            r.value7(), r.value8(), RoundStatus.valueOf(r.value9()), r.value10(), r.value11(),
                            late ? missing : 0);
                });
    }

    List<RoundRef> ofAgreement(long agreementId) {
        return dsl.select(CONSULTATION_ROUND.ID, CONSULTATION_ROUND.TITLE, CONSULTATION_ROUND.STATUS,
                        CONSULTATION_ROUND.DUE_ON)
                .from(CONSULTATION_ROUND).where(CONSULTATION_ROUND.AGREEMENT_ID.eq(agreementId))
                .orderBy(CONSULTATION_ROUND.SENT_ON.desc(), CONSULTATION_ROUND.ID.desc())
                .fetch(r -> new RoundRef(r.value1(), r.value2(), RoundStatus.valueOf(r.value3()), r.value4()));
    }

    Optional<Long> agreementOf(long roundId) {
        return dsl.select(CONSULTATION_ROUND.AGREEMENT_ID).from(CONSULTATION_ROUND)
                .where(CONSULTATION_ROUND.ID.eq(roundId)).fetchOptional(r -> r.value1());
    }

    Optional<RoundDetails> find(long id, LocalDate today) {
        return dsl.select(CONSULTATION_ROUND.ID, AGREEMENT.ID, AGREEMENT.TITLE, CONSULTATION_ROUND.SUBJECT,
                        CONSULTATION_ROUND.TITLE, CONSULTATION_ROUND.SENT_BY, CONSULTATION_ROUND.DIARY_NUMBER,
                        CONSULTATION_ROUND.SENT_ON, CONSULTATION_ROUND.DUE_ON, CONSULTATION_ROUND.STATUS,
                        CONSULTATION_ROUND.DESCRIPTION, CONSULTATION_ROUND.VERSION)
                .from(CONSULTATION_ROUND)
                .join(AGREEMENT).on(AGREEMENT.ID.eq(CONSULTATION_ROUND.AGREEMENT_ID))
                .where(CONSULTATION_ROUND.ID.eq(id))
                .fetchOptional(r -> new RoundDetails(r.value1(), r.value2(), r.value3(),
                        RoundSubject.valueOf(r.value4()), r.value5(), r.value6(), r.value7(), r.value8(), r.value9(),
                        RoundStatus.valueOf(r.value10()), r.value11(), r.value12(), bodies(id, today), false));
    }

    /** The bodies asked, by name, each with where it stands and its answer's key facts. */
    List<BodyAnswer> bodies(long roundId, LocalDate today) {
        Field<Integer> remarks = DSL.field(DSL.selectCount().from(CONSULTATION_REMARK)
                .where(CONSULTATION_REMARK.ANSWER_ID.eq(CONSULTATION_ANSWER.ID)));
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, state(today), CONSULTATION_ANSWER.ID,
                        CONSULTATION_ANSWER.ANSWERED_ON, CONSULTATION_ANSWER.DECISION_DATE,
                        CONSULTATION_ANSWER.PARAGRAPH, CONSULTATION_ANSWER.DIARY_NUMBER, CONSULTATION_ANSWER.EXAMPLE,
                        remarks)
                .from(CONSULTATION_BODY)
                .join(CONSULTATION_ROUND).on(CONSULTATION_ROUND.ID.eq(CONSULTATION_BODY.ROUND_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(CONSULTATION_BODY.ORGANISATION_ID))
                .leftJoin(CONSULTATION_ANSWER).on(CONSULTATION_ANSWER.ROUND_ID.eq(CONSULTATION_BODY.ROUND_ID)
                        .and(CONSULTATION_ANSWER.ORGANISATION_ID.eq(CONSULTATION_BODY.ORGANISATION_ID)))
                .where(CONSULTATION_BODY.ROUND_ID.eq(roundId))
                .orderBy(ORGANISATION.NAME)
                .fetch(r -> new BodyAnswer(r.value1(), r.value2(), AnswerState.valueOf(r.value3()), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(), Boolean.TRUE.equals(r.value9()),
                        r.value4() == null ? 0 : r.value10()));
    }

    Set<Long> bodyIds(long roundId) {
        return new LinkedHashSet<>(dsl.select(CONSULTATION_BODY.ORGANISATION_ID).from(CONSULTATION_BODY)
                .where(CONSULTATION_BODY.ROUND_ID.eq(roundId)).orderBy(CONSULTATION_BODY.ORGANISATION_ID)
                .fetch(r -> r.value1()));
    }

    Set<Long> answeredBodyIds(long roundId) {
        return new LinkedHashSet<>(dsl.select(CONSULTATION_ANSWER.ORGANISATION_ID).from(CONSULTATION_ANSWER)
                .where(CONSULTATION_ANSWER.ROUND_ID.eq(roundId)).fetch(r -> r.value1()));
    }

    /** Organisation names by id, for the audit log. */
    List<String> organisationNames(Set<Long> ids) {
        return ids.isEmpty() ? List.of() : dsl.select(ORGANISATION.NAME).from(ORGANISATION)
                .where(ORGANISATION.ID.in(ids)).orderBy(ORGANISATION.NAME).fetch(r -> r.value1());
    }

    Optional<RoundDraft> draft(long id) {
        return dsl.selectFrom(CONSULTATION_ROUND).where(CONSULTATION_ROUND.ID.eq(id)).fetchOptional(r -> {
            RoundDraft d = new RoundDraft();
            d.setAgreementId(r.getAgreementId());
            d.setSubject(RoundSubject.valueOf(r.getSubject()));
            d.setTitle(r.getTitle());
            d.setSentBy(r.getSentBy());
            d.setDiaryNumber(r.getDiaryNumber());
            d.setSentOn(r.getSentOn());
            d.setDueOn(r.getDueOn());
            d.setStatus(RoundStatus.valueOf(r.getStatus()));
            d.setDescription(r.getDescription());
            d.setBodyIds(bodyIds(id));
            d.setVersion(r.getVersion());
            return d;
        });
    }

    long insert(RoundDraft d) {
        long id = dsl.insertInto(CONSULTATION_ROUND)
                .set(CONSULTATION_ROUND.AGREEMENT_ID, d.getAgreementId())
                .set(CONSULTATION_ROUND.SUBJECT, d.getSubject().name())
                .set(CONSULTATION_ROUND.TITLE, d.getTitle())
                .set(CONSULTATION_ROUND.SENT_BY, d.getSentBy())
                .set(CONSULTATION_ROUND.DIARY_NUMBER, d.getDiaryNumber())
                .set(CONSULTATION_ROUND.SENT_ON, d.getSentOn())
                .set(CONSULTATION_ROUND.DUE_ON, d.getDueOn())
                .set(CONSULTATION_ROUND.STATUS, d.getStatus().name())
                .set(CONSULTATION_ROUND.DESCRIPTION, d.getDescription())
                .returningResult(CONSULTATION_ROUND.ID).fetchSingle().value1();
        replaceBodies(id, d.getBodyIds());
        return id;
    }

    /** The round's own row, when the version is still the one read; bodies are replaced after. */
    int update(long id, RoundDraft d) {
        int rows = dsl.update(CONSULTATION_ROUND)
                .set(CONSULTATION_ROUND.SUBJECT, d.getSubject().name())
                .set(CONSULTATION_ROUND.TITLE, d.getTitle())
                .set(CONSULTATION_ROUND.SENT_BY, d.getSentBy())
                .set(CONSULTATION_ROUND.DIARY_NUMBER, d.getDiaryNumber())
                .set(CONSULTATION_ROUND.SENT_ON, d.getSentOn())
                .set(CONSULTATION_ROUND.DUE_ON, d.getDueOn())
                .set(CONSULTATION_ROUND.STATUS, d.getStatus().name())
                .set(CONSULTATION_ROUND.DESCRIPTION, d.getDescription())
                .set(CONSULTATION_ROUND.VERSION, CONSULTATION_ROUND.VERSION.plus(1))
                .where(CONSULTATION_ROUND.ID.eq(id)).and(CONSULTATION_ROUND.VERSION.eq(d.getVersion()))
                .execute();
        if (rows == 1) {
            replaceBodies(id, d.getBodyIds());
        }
        return rows;
    }

    /** Removes the bodies no longer asked (none of which has answered: the service checked) and adds the new ones. */
    private void replaceBodies(long roundId, Set<Long> organisationIds) {
        dsl.deleteFrom(CONSULTATION_BODY).where(CONSULTATION_BODY.ROUND_ID.eq(roundId))
                .and(organisationIds.isEmpty() ? DSL.noCondition()
                        : CONSULTATION_BODY.ORGANISATION_ID.notIn(organisationIds))
                .execute();
        for (long organisationId : organisationIds) {
            dsl.insertInto(CONSULTATION_BODY).set(CONSULTATION_BODY.ROUND_ID, roundId)
                    .set(CONSULTATION_BODY.ORGANISATION_ID, organisationId)
                    .onDuplicateKeyIgnore().execute();
        }
    }

    int delete(long id, int version) {
        return dsl.deleteFrom(CONSULTATION_ROUND).where(CONSULTATION_ROUND.ID.eq(id))
                .and(CONSULTATION_ROUND.VERSION.eq(version)).execute();
    }
}
