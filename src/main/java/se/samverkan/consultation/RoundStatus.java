package se.samverkan.consultation;

/** Whether a round still takes answers. */
public enum RoundStatus {
    OPEN, CLOSED
}
