package se.samverkan.consultation;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import se.samverkan.agreement.AgreementScope;
import se.samverkan.agreement.AgreementService;

/**
 * Who may do what with consultation rounds, the one place of these rules: everyone reads the rounds of the agreements
 * they read (coordinators and viewers included); administrators, and managers of the agreement
 * ({@link AgreementService#canManage}), record and change rounds, answers and remarks.
 */
@Component
class ConsultationAccess {

    private final AgreementService agreements;

    ConsultationAccess(AgreementService agreements) {
        this.agreements = agreements;
    }

    AgreementScope readScope() {
        return agreements.readScope();
    }

    boolean canRead(long agreementId) {
        return agreements.canRead(agreementId);
    }

    boolean canEdit(long agreementId) {
        return agreements.canManage(agreementId);
    }

    void requireEdit(long agreementId) {
        if (!canEdit(agreementId)) {
            throw new AccessDeniedException("error.notAllowed");
        }
    }

    /** Whether the area exists in an agreement the user reads. */
    boolean canReadArea(long areaId) {
        return agreements.agreementOfArea(areaId).map(agreements::canRead).orElse(false);
    }
}
