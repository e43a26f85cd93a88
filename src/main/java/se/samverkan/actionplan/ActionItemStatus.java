package se.samverkan.actionplan;

import java.util.EnumSet;
import java.util.Set;

public enum ActionItemStatus {
    PLANNED, ONGOING, COMPLETED, POSTPONED, CANCELLED;

    /** Statuses in which an item still has work left, and so can be overdue. The one definition of "open". */
    public static final Set<ActionItemStatus> OPEN = EnumSet.of(PLANNED, ONGOING, POSTPONED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /**
     * The statuses an item may move to from this one (staying is always allowed): work starts, pauses, ends or is
     * called off; a completed item can be reopened, a cancelled one planned again.
     */
    public Set<ActionItemStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(ONGOING, POSTPONED, CANCELLED, COMPLETED);
            case ONGOING -> EnumSet.of(COMPLETED, POSTPONED, CANCELLED);
            case POSTPONED -> EnumSet.of(PLANNED, ONGOING, CANCELLED);
            case COMPLETED -> EnumSet.of(ONGOING);
            case CANCELLED -> EnumSet.of(PLANNED);
        };
    }

    public boolean canMoveTo(ActionItemStatus target) {
        return target == this || next().contains(target);
    }
}
