package se.samverkan.agreement;

/** A prioritized area as its agreement lists it; {@code version} for moving or deleting it. */
public record AreaOverview(long id, int position, String title, String description, int version) {
}
