package se.samverkan.actionplan;

/** The action items of one area counted by status, and how many of them are overdue, counted by the database. */
public record AreaItemCounts(long areaId, int total, int planned, int ongoing, int completed, int postponed,
        int cancelled, int overdue) {

    public static AreaItemCounts none(long areaId) {
        return new AreaItemCounts(areaId, 0, 0, 0, 0, 0, 0, 0);
    }
}
