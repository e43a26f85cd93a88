package se.samverkan.consultation;

/**
 * How a remark was handled. Accepted names what takes it up (a link); partly accepted may name it and says what was
 * not taken up; not accepted says why; pending has neither yet.
 */
public enum Handling {
    PENDING, ACCEPTED, PARTLY_ACCEPTED, NOT_ACCEPTED;

    /** Not accepted says why; partly accepted says which part was not taken up. */
    public boolean needsReason() {
        return this == NOT_ACCEPTED || this == PARTLY_ACCEPTED;
    }

    public boolean needsLink() {
        return this == ACCEPTED;
    }

    /** Only what was (partly) taken up links to where. */
    public boolean allowsLinks() {
        return this == ACCEPTED || this == PARTLY_ACCEPTED;
    }
}
