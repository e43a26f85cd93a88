package se.samverkan.consultation;

/** Statements by members added to a body's decision. */
public enum StatementKind {
    /** Särskilt uttalande. */
    SPECIAL_STATEMENT,
    /** Ersättaryttrande: by a deputy member, who has no vote. */
    DEPUTY_STATEMENT,
    /** Reservation: members who voted against the decision. */
    RESERVATION
}
