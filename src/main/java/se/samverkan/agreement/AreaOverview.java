package se.samverkan.agreement;

/** A prioritized area with the number of its action items in each state, counted by the database. */
public record AreaOverview(long id, int position, String title, String description, int total, int planned,
        int ongoing, int completed, int postponed, int cancelled, int overdue) {
}
