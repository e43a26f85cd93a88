package se.samverkan.consultation;

/** Where a body asked stands: it has answered, its answer is awaited, or the due date has passed without one. */
public enum AnswerState {
    ANSWERED, AWAITING, OVERDUE
}
