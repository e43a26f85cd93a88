package se.samverkan.consultation;

import java.time.LocalDate;

/**
 * A body asked in a round and where it stands: answered (with the answer's dates and numbers), awaited, or overdue.
 * The answer's fields are null while there is none.
 */
public record BodyAnswer(long organisationId, String organisationName, AnswerState state, Long answerId,
        LocalDate answeredOn, LocalDate decisionDate, String paragraph, String diaryNumber, boolean example,
        int remarks) {
}
