package se.samverkan.consultation;

/** What a round asks about: a draft agreement, or a revision of an adopted one. */
public enum RoundSubject {
    DRAFT, REVISION
}
