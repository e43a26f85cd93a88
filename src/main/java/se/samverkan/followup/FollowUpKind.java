package se.samverkan.followup;

/** What a follow-up is: a check-in, a quarterly review or the yearly follow-up. */
public enum FollowUpKind {
    CHECK_IN, QUARTERLY_REVIEW, YEARLY_FOLLOW_UP
}
