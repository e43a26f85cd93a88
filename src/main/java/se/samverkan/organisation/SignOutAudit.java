package se.samverkan.organisation;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

import se.samverkan.base.security.SignedInUser;

/** Signing out goes to the audit log too, like signing in. */
@Component
class SignOutAudit {

    private final SignInService signIn;

    SignOutAudit(SignInService signIn) {
        this.signIn = signIn;
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            signIn.recordSignOut(user);
        }
    }
}
