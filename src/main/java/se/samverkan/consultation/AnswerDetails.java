package se.samverkan.consultation;

import java.time.LocalDate;
import java.util.List;

/**
 * A body's answer: its decision (date, paragraph, the body's diary number, the decision points), its administration's
 * statement, a summary, the statements of members, and the remarks it is split into.
 */
public record AnswerDetails(long id, long roundId, String roundTitle, String roundDiaryNumber, long agreementId,
        long organisationId, String organisationName, LocalDate answeredOn, LocalDate decisionDate, String paragraph,
        String diaryNumber, List<String> decisionPoints, String statement, LocalDate statementDate, String summary,
        boolean example, int version, List<MemberStatement> statements, List<RemarkDetails> remarks,
        boolean editable) {
}
