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

    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy;
    }

    public Optional<SignedInUser> get() {
        Authentication authentication = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)
                .getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public SignedInUser require() {
        return get().orElseThrow(() -> new IllegalStateException("no user is signed in"));
    }
}
