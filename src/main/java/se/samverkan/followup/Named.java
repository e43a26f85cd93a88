package se.samverkan.followup;

/** Something shown by its name: an area, an organisation, a person. */
public record Named(long id, String name) {
}
