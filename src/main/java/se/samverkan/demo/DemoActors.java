package se.samverkan.demo;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Conditional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

import se.samverkan.base.security.Role;
import se.samverkan.organisation.AccountService;

/**
 * Lets the demo loader act through the services as someone: as an administrator to create the accounts, and as a demo
 * user for the edits that give items their history. Uses the same security context holder as
 * {@link se.samverkan.base.security.CurrentUser} and method security.
 */
@Component
@Conditional(DemoModeCondition.class)
class DemoActors {

    private final ObjectProvider<SecurityContextHolderStrategy> strategy;
    private final AccountService accounts;

    DemoActors(ObjectProvider<SecurityContextHolderStrategy> strategy, AccountService accounts) {
        this.strategy = strategy;
        this.accounts = accounts;
    }

    /** Runs the work as an administrator that is no account (creating accounts is an administrator's task). */
    void asAdministrator(Runnable work) {
        as(UsernamePasswordAuthenticationToken.authenticated("demo-data-loader", null,
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))), work);
    }

    /** Runs the work signed in as the demo account, as if its user did it: the audit log names them. */
    void asUser(String username, Runnable work) {
        UserDetails user = accounts.loadUserByUsername(username);
        as(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), work);
    }

    private void as(Authentication who, Runnable work) {
        SecurityContextHolderStrategy holder = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        SecurityContext previous = holder.getContext();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(who);
        holder.setContext(context);
        try {
            work.run();
        } finally {
            holder.setContext(previous);
        }
    }
}
