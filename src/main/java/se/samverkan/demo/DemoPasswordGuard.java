package se.samverkan.demo;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import se.samverkan.base.security.Role;
import se.samverkan.organisation.AccountService;

/**
 * Started without demo mode, the application disables every account that still has the well-known demo password
 * (the accounts service logs which), so that turning demo mode off leaves no such door open.
 */
@Component
@Conditional(DemoModeCondition.Off.class)
class DemoPasswordGuard implements ApplicationRunner {

    private final AccountService accounts;
    private final ObjectProvider<SecurityContextHolderStrategy> strategy;

    DemoPasswordGuard(AccountService accounts, ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.accounts = accounts;
        this.strategy = strategy;
    }

    @Override
    public void run(ApplicationArguments args) {
        // an administrator's task: the guard acts as one, for this call only
        SecurityContextHolderStrategy holder = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        SecurityContext previous = holder.getContext();
        SecurityContext system = holder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo-password-guard", null,
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        holder.setContext(system);
        try {
            accounts.disableDemoPasswordAccounts();
        } finally {
            holder.setContext(previous);
        }
    }
}
