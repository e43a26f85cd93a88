package se.samverkan.consultation;

import static se.samverkan.db.Tables.CONSULTATION_ANSWER;
import static se.samverkan.db.Tables.CONSULTATION_MEMBER_STATEMENT;
import static se.samverkan.db.Tables.CONSULTATION_ROUND;
import static se.samverkan.db.Tables.ORGANISATION;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The answers of bodies, with the statements of their members. */
@Repository
class AnswerRepository {

    /** Where an answer belongs: its round, the round's agreement and the body that gave it. */
    record AnswerOwner(long answerId, long roundId, long agreementId, long organisationId, String label) {
    }

    private final DSLContext dsl;

    AnswerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<AnswerOwner> owner(long answerId) {
        return dsl.select(CONSULTATION_ANSWER.ID, CONSULTATION_ROUND.ID, CONSULTATION_ROUND.AGREEMENT_ID,
                        CONSULTATION_ANSWER.ORGANISATION_ID, ORGANISATION.NAME, CONSULTATION_ROUND.TITLE)
                .from(CONSULTATION_ANSWER)
                .join(CONSULTATION_ROUND).on(CONSULTATION_ROUND.ID.eq(CONSULTATION_ANSWER.ROUND_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(CONSULTATION_ANSWER.ORGANISATION_ID))
                .where(CONSULTATION_ANSWER.ID.eq(answerId))
                .fetchOptional(r -> new AnswerOwner(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5() + ": " + r.value6()));
    }

    /** The answer without its remarks (the remark repository reads those). */
    Optional<AnswerDetails> find(long id, List<RemarkDetails> remarks) {
        return dsl.select(CONSULTATION_ANSWER.ID, CONSULTATION_ROUND.ID, CONSULTATION_ROUND.TITLE,
                        CONSULTATION_ROUND.DIARY_NUMBER, CONSULTATION_ROUND.AGREEMENT_ID, ORGANISATION.ID,
                        ORGANISATION.NAME, CONSULTATION_ANSWER.ANSWERED_ON, CONSULTATION_ANSWER.DECISION_DATE,
                        CONSULTATION_ANSWER.PARAGRAPH, CONSULTATION_ANSWER.DIARY_NUMBER,
                        CONSULTATION_ANSWER.DECISION_POINTS, CONSULTATION_ANSWER.STATEMENT,
                        CONSULTATION_ANSWER.STATEMENT_DATE, CONSULTATION_ANSWER.SUMMARY, CONSULTATION_ANSWER.EXAMPLE,
                        CONSULTATION_ANSWER.VERSION)
                .from(CONSULTATION_ANSWER)
                .join(CONSULTATION_ROUND).on(CONSULTATION_ROUND.ID.eq(CONSULTATION_ANSWER.ROUND_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(CONSULTATION_ANSWER.ORGANISATION_ID))
                .where(CONSULTATION_ANSWER.ID.eq(id))
                .fetchOptional(r -> new AnswerDetails(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11(),
                        AnswerDraft.points(r.value12()), r.value13(), r.value14(), r.value15(),
                        Boolean.TRUE.equals(r.value16()), r.value17(),
                        statementLines(id).stream().map(StatementLine::toStatement).toList(), remarks, false));
    }

    List<StatementLine> statementLines(long answerId) {
        return dsl.select(CONSULTATION_MEMBER_STATEMENT.KIND, CONSULTATION_MEMBER_STATEMENT.MEMBERS,
                        CONSULTATION_MEMBER_STATEMENT.TEXT)
                .from(CONSULTATION_MEMBER_STATEMENT)
                .where(CONSULTATION_MEMBER_STATEMENT.ANSWER_ID.eq(answerId))
                .orderBy(CONSULTATION_MEMBER_STATEMENT.POSITION)
                .fetch(r -> new StatementLine(StatementKind.valueOf(r.value1()), r.value2(), r.value3()));
    }

    Optional<AnswerDraft> draft(long id) {
        return dsl.selectFrom(CONSULTATION_ANSWER).where(CONSULTATION_ANSWER.ID.eq(id)).fetchOptional(r -> {
            AnswerDraft d = new AnswerDraft();
            d.setRoundId(r.getRoundId());
            d.setOrganisationId(r.getOrganisationId());
            d.setAnsweredOn(r.getAnsweredOn());
            d.setDecisionDate(r.getDecisionDate());
            d.setParagraph(r.getParagraph());
            d.setDiaryNumber(r.getDiaryNumber());
            d.setDecisionPoints(r.getDecisionPoints());
            d.setStatement(r.getStatement());
            d.setStatementDate(r.getStatementDate());
            d.setSummary(r.getSummary());
            d.setExample(Boolean.TRUE.equals(r.getExample()));
            d.setStatements(statementLines(id));
            d.setVersion(r.getVersion());
            return d;
        });
    }

    Optional<Long> answerOf(long roundId, long organisationId) {
        return dsl.select(CONSULTATION_ANSWER.ID).from(CONSULTATION_ANSWER)
                .where(CONSULTATION_ANSWER.ROUND_ID.eq(roundId))
                .and(CONSULTATION_ANSWER.ORGANISATION_ID.eq(organisationId))
                .fetchOptional(r -> r.value1());
    }

    long insert(AnswerDraft d) {
        long id = dsl.insertInto(CONSULTATION_ANSWER)
                .set(CONSULTATION_ANSWER.ROUND_ID, d.getRoundId())
                .set(CONSULTATION_ANSWER.ORGANISATION_ID, d.getOrganisationId())
                .set(CONSULTATION_ANSWER.ANSWERED_ON, d.getAnsweredOn())
                .set(CONSULTATION_ANSWER.DECISION_DATE, d.getDecisionDate())
                .set(CONSULTATION_ANSWER.PARAGRAPH, d.getParagraph())
                .set(CONSULTATION_ANSWER.DIARY_NUMBER, d.getDiaryNumber())
                .set(CONSULTATION_ANSWER.DECISION_POINTS, d.getDecisionPoints())
                .set(CONSULTATION_ANSWER.STATEMENT, d.getStatement())
                .set(CONSULTATION_ANSWER.STATEMENT_DATE, d.getStatementDate())
                .set(CONSULTATION_ANSWER.SUMMARY, d.getSummary())
                .set(CONSULTATION_ANSWER.EXAMPLE, d.isExample())
                .returningResult(CONSULTATION_ANSWER.ID).fetchSingle().value1();
        replaceStatements(id, d.getStatements());
        return id;
    }

    int update(long id, AnswerDraft d) {
        int rows = dsl.update(CONSULTATION_ANSWER)
                .set(CONSULTATION_ANSWER.ANSWERED_ON, d.getAnsweredOn())
                .set(CONSULTATION_ANSWER.DECISION_DATE, d.getDecisionDate())
                .set(CONSULTATION_ANSWER.PARAGRAPH, d.getParagraph())
                .set(CONSULTATION_ANSWER.DIARY_NUMBER, d.getDiaryNumber())
                .set(CONSULTATION_ANSWER.DECISION_POINTS, d.getDecisionPoints())
                .set(CONSULTATION_ANSWER.STATEMENT, d.getStatement())
                .set(CONSULTATION_ANSWER.STATEMENT_DATE, d.getStatementDate())
                .set(CONSULTATION_ANSWER.SUMMARY, d.getSummary())
                .set(CONSULTATION_ANSWER.EXAMPLE, d.isExample())
                .set(CONSULTATION_ANSWER.VERSION, CONSULTATION_ANSWER.VERSION.plus(1))
                .where(CONSULTATION_ANSWER.ID.eq(id)).and(CONSULTATION_ANSWER.VERSION.eq(d.getVersion()))
                .execute();
        if (rows == 1) {
            replaceStatements(id, d.getStatements());
        }
        return rows;
    }

    private void replaceStatements(long answerId, List<StatementLine> lines) {
        dsl.deleteFrom(CONSULTATION_MEMBER_STATEMENT).where(CONSULTATION_MEMBER_STATEMENT.ANSWER_ID.eq(answerId))
                .execute();
        int position = 1;
        for (StatementLine line : lines) {
            dsl.insertInto(CONSULTATION_MEMBER_STATEMENT)
                    .set(CONSULTATION_MEMBER_STATEMENT.ANSWER_ID, answerId)
                    .set(CONSULTATION_MEMBER_STATEMENT.POSITION, position++)
                    .set(CONSULTATION_MEMBER_STATEMENT.KIND, line.getKind().name())
                    .set(CONSULTATION_MEMBER_STATEMENT.MEMBERS, line.getMembers())
                    .set(CONSULTATION_MEMBER_STATEMENT.TEXT, line.getText())
                    .execute();
        }
    }

    int delete(long id, int version) {
        return dsl.deleteFrom(CONSULTATION_ANSWER).where(CONSULTATION_ANSWER.ID.eq(id))
                .and(CONSULTATION_ANSWER.VERSION.eq(version)).execute();
    }
}
