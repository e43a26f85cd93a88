package se.samverkan.base.security;

import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a signed-in user: who they are, where they work and what they may do. */
public record SignedInUser(long accountId, long personId, String username, String passwordHash, boolean enabled,
        String displayName, long organisationId, String organisationName, String preferredLanguage, Set<Role> roles)
        implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
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

    /** The password hash never leaves the authentication step in logs or sessions' string forms. */
    @Override
    public String toString() {
        return "SignedInUser[" + username + ", roles=" + roles + "]";
    }
}
