package se.samverkan.organisation;

/** An organisation as pickers and lists show it. {@code agency} is CITY, POLICE or OTHER. */
public record OrganisationRef(long id, String name, String shortName, String kind, String agency, Long parentId) {
}
