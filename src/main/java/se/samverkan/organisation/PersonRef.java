package se.samverkan.organisation;

/** A staff member as pickers and lists show them. */
public record PersonRef(long id, String displayName, String email, String title, long organisationId,
        String organisationName, boolean active) {
}
