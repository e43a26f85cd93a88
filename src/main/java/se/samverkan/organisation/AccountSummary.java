package se.samverkan.organisation;

import java.util.Set;

import se.samverkan.base.security.Role;

/** One row of the account list that administrators see. */
public record AccountSummary(long id, String username, String displayName, String email, String organisationName,
        boolean enabled, Set<Role> roles) {
}
