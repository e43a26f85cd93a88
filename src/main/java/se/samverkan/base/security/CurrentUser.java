package se.samverkan.base.security;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Reads the signed-in user from the security context, through this application's own context holder strategy (the one
 * method security uses), not the JVM-wide static holder: with more than one application context in a JVM, as in
 * tests, the static holder may belong to another one.
 */
@Component
public class CurrentUser {

    private final ObjectProvider<SecurityContextHolderStrategy> strategy;

    /** The strategy, looked up once: a bean factory lookup per call cost 2–3 % of a dashboard load (JFR). */
    private volatile SecurityContextHolderStrategy resolved;

    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy;
    }

    private SecurityContextHolderStrategy strategy() {
        SecurityContextHolderStrategy found = resolved;
        if (found == null) {
            found = strategy.getIfAvailable();
            if (found == null) {
                // no bean (yet): the JVM-wide holder, which may still change, so it is not kept
                return SecurityContextHolder.getContextHolderStrategy();
            }
            resolved = found;
        }
        return found;
    }

    public Optional<SignedInUser> get() {
        Authentication authentication = strategy().getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public SignedInUser require() {
        return get().orElseThrow(() -> new IllegalStateException("no user is signed in"));
    }
}
