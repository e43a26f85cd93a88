package se.samverkan.organisation.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import se.samverkan.base.security.CurrentUser;
import se.samverkan.organisation.AccountService;

/**
 * After an administrator reset the password, the user's own account page is the only page they can open until they
 * have chosen a new password.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final AccountService accounts;
    private final CurrentUser currentUser;

    PasswordChangeGuard(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        // by path, not by class: a class reference from this listener would put the account page's components
        // into the bundle every page loads first (Vaadin loads what service listeners reach eagerly)
        if (!MyAccountView.ROUTE.equals(event.getLocation().getPath()) && currentUser.get().isPresent()
                && accounts.mustChangeMyPassword()) {
            event.forwardTo(MyAccountView.ROUTE);
        }
    }
}
