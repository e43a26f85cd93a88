package se.samverkan.agreement;

/** A prioritized area as its agreement lists it. */
public record AreaOverview(long id, int position, String title, String description) {
}
