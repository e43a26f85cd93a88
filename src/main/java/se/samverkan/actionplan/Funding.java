package se.samverkan.actionplan;

/** Where the resources of an item come from. */
public enum Funding {
    EXISTING, NEW
}
