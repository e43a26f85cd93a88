package se.samverkan.actionplan;

/** Kinds of existing work an action item builds on. */
public enum BasisKind {
    /** An existing initiative or collaboration, named in words. */
    INITIATIVE,
    /** A citizen promise (an agreement of that kind). */
    CITIZEN_PROMISE,
    /** A reference in the city's planning system ILS. */
    ILS,
    /** Another action item. */
    ACTION_ITEM
}
