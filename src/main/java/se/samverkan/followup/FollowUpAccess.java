package se.samverkan.followup;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import se.samverkan.agreement.AgreementRef;
import se.samverkan.agreement.AgreementScope;
import se.samverkan.agreement.AgreementService;
import se.samverkan.base.security.CurrentUser;
import se.samverkan.base.security.SignedInUser;

/**
 * Who may do what with follow-ups, by the agreement feature's rules: everyone reads the follow-ups of the agreements
 * they read; managers and administrators create and change those of the agreements they manage.
 */
@Component
class FollowUpAccess {

    private final AgreementService agreements;
    private final CurrentUser currentUser;

    FollowUpAccess(AgreementService agreements, CurrentUser currentUser) {
        this.agreements = agreements;
        this.currentUser = currentUser;
    }

    SignedInUser user() {
        return currentUser.require();
    }

    AgreementScope readScope() {
        return agreements.readScope();
    }

    boolean canRead(long agreementId) {
        return agreements.canRead(agreementId);
    }

    boolean canManage(long agreementId) {
        return agreements.canManage(agreementId);
    }

    void requireManage(long agreementId) {
        if (!canManage(agreementId)) {
            throw new AccessDeniedException("error.notAllowed");
        }
    }

    List<AgreementRef> manageable() {
        return agreements.findRefs(null).stream().filter(a -> canManage(a.id())).toList();
    }
}
