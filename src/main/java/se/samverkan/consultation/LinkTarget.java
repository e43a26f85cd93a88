package se.samverkan.consultation;

/** What takes a remark up: a change of the agreement itself, one of its prioritized areas, or an action item. */
public enum LinkTarget {
    AGREEMENT, AREA, ACTION_ITEM
}
