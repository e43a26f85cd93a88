package se.samverkan.actionplan;

import java.util.EnumSet;
import java.util.Set;

public enum ActionItemStatus {
    PLANNED, ONGOING, COMPLETED, POSTPONED, CANCELLED;

    /** Statuses in which an item still has work left, and so can be overdue. */
    public static final Set<ActionItemStatus> OPEN = EnumSet.of(PLANNED, ONGOING, POSTPONED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
