package se.samverkan.followup;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Lets scheduled jobs, which run with nobody signed in, use services that ask for an authenticated caller (the
 * organisation hierarchy, for one). The job is "system" in the audit log; it holds no role.
 */
@Component
class SystemAuthentication {

    private final ObjectProvider<SecurityContextHolderStrategy> strategy;

    SystemAuthentication(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy;
    }

    <T> T run(Supplier<T> work) {
        SecurityContextHolderStrategy holder = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        SecurityContext previous = holder.getContext();
        SecurityContext system = holder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                List.of(new SimpleGrantedAuthority("ROLE_SYSTEM"))));
        holder.setContext(system);
        try {
            return work.get();
        } finally {
            holder.setContext(previous);
        }
    }
}
