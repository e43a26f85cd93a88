package se.samverkan.organisation;

import java.time.LocalDateTime;
import java.util.Set;

import se.samverkan.base.security.Role;

/**
 * One row of the account list that administrators see. {@code lockedUntil} is set while failed sign-ins keep the
 * account locked.
 */
public record AccountSummary(long id, String username, String displayName, String email, String organisationName,
        boolean enabled, Set<Role> roles, LocalDateTime lockedUntil) {

    public boolean locked() {
        return lockedUntil != null;
    }
}
