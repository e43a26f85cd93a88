package se.samverkan.base.security;

import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in user: who they are, where they work and what they may do. It holds no password hash:
 * the password is checked against the database at sign-in and the session never carries it. {@code securityStamp} is
 * the account's stamp at sign-in; when an administrator disables the account, changes its roles or resets its
 * password the stamp in the database moves on and the session ends at its next request.
 */
public record SignedInUser(long accountId, long personId, String username, boolean enabled, String displayName,
        long organisationId, String organisationName, String preferredLanguage, Set<Role> roles, int securityStamp)
        implements UserDetails {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    /** Never the hash: sign-in checks the password in the database. */
    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... any) {
        for (Role role : any) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + ", roles=" + roles + "]";
    }
}
