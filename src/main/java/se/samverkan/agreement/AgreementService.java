package se.samverkan.agreement;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.base.security.CurrentUser;
import se.samverkan.base.security.Role;
import se.samverkan.base.security.SignedInUser;
import se.samverkan.organisation.OrganisationService;

/**
 * Agreements and their prioritized areas. A user reads the agreements their organisation takes part in (see
 * {@link AgreementScope}); administrators read all. Managers and administrators manage the agreements they read.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AgreementService {

    private final AgreementRepository agreements;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;

    AgreementService(AgreementRepository agreements, OrganisationService organisations, CurrentUser currentUser) {
        this.agreements = agreements;
        this.organisations = organisations;
        this.currentUser = currentUser;
    }

    /** The agreements the signed-in user may read. */
    public AgreementScope readScope() {
        SignedInUser user = currentUser.require();
        if (user.hasRole(Role.ADMIN)) {
            return AgreementScope.everything();
        }
        return new AgreementScope(false,
                agreements.agreementsWithPartyIn(organisations.reach(user.organisationId()).lineage()));
    }

    public boolean canRead(long agreementId) {
        return readScope().contains(agreementId);
    }

    /** Administrators manage every agreement, managers those they read. */
    public boolean canManage(long agreementId) {
        SignedInUser user = currentUser.require();
        return user.hasRole(Role.ADMIN) || (user.hasRole(Role.MANAGER) && canRead(agreementId));
    }

    public int countAgreements(String filter) {
        return agreements.count(filter, readScope());
    }

    public List<AgreementSummary> findAgreements(String filter, int offset, int limit) {
        return agreements.page(filter, readScope(), offset, limit);
    }

    public Optional<AgreementDetails> findAgreement(long id) {
        AgreementScope scope = readScope();
        if (!scope.contains(id)) {
            return Optional.empty();
        }
        return agreements.find(id, scope, canManage(id));
    }

    public List<AreaOverview> findAreas(long agreementId) {
        return canRead(agreementId) ? agreements.areas(agreementId) : List.of();
    }

    public Optional<AreaDetails> findArea(long areaId) {
        return agreements.agreementOfArea(areaId).filter(this::canRead)
                .flatMap(agreementId -> agreements.area(areaId, canManage(agreementId)));
    }

    public Optional<AgreementRef> findRef(long id) {
        return canRead(id) ? agreements.ref(id) : Optional.empty();
    }

    /** The agreements the user reads, optionally of one kind, by title: for pickers. */
    public List<AgreementRef> findRefs(AgreementKind kind) {
        return agreements.refs(kind, readScope());
    }

    /** The agreement an area belongs to, whether or not the user may read it (for other features' rules). */
    public Optional<Long> agreementOfArea(long areaId) {
        return agreements.agreementOfArea(areaId);
    }
}
