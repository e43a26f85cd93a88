package se.samverkan.organisation;

import java.time.LocalDateTime;
import java.util.Set;

import se.samverkan.base.security.Role;

/** One account as its administration page shows it. {@code lockedUntil} is set while failed sign-ins lock it. */
public record AccountDetails(long id, String username, long personId, String displayName, String email,
        String organisationName, boolean enabled, String preferredLanguage, boolean mustChangePassword,
        LocalDateTime lockedUntil, LocalDateTime lastSignInAt, LocalDateTime passwordChangedAt,
        LocalDateTime createdAt, boolean ssoLinked, Set<Role> roles, int version) {

    public boolean locked() {
        return lockedUntil != null;
    }
}
