package se.samverkan.actionplan;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import se.samverkan.agreement.AgreementScope;
import se.samverkan.agreement.AgreementService;
import se.samverkan.base.security.CurrentUser;
import se.samverkan.base.security.ReadAccess;
import se.samverkan.base.security.Role;
import se.samverkan.base.security.SignedInUser;
import se.samverkan.organisation.OrganisationReach;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.organisation.PersonRef;

/**
 * Who may do what with action items: the one place of these rules. Everyone reads the items of the agreements they
 * read. Administrators change everything. Managers change the items, indicators and plans of the agreements they
 * read, and delete items there. Coordinators change, report on and measure the items their organisation (or one below
 * it) leads or co-owns, and create items led there. Viewers change nothing.
 */
@Component
class ActionItemAccess implements ReadAccess {

    private final ActionItemRepository items;
    private final AgreementService agreements;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;

    ActionItemAccess(ActionItemRepository items, AgreementService agreements, OrganisationService organisations,
            CurrentUser currentUser) {
        this.items = items;
        this.agreements = agreements;
        this.organisations = organisations;
        this.currentUser = currentUser;
    }

    AgreementScope readScope() {
        return agreements.readScope();
    }

    SignedInUser user() {
        return currentUser.require();
    }

    OrganisationReach reach() {
        return organisations.reach(user().organisationId());
    }

    java.util.Set<Long> organisationsBelow(long organisationId) {
        return organisations.reach(organisationId).below();
    }

    /** The agreement of an area the user reads. */
    java.util.Optional<Long> agreementOfArea(long areaId) {
        return agreements.agreementOfArea(areaId).filter(agreements::canRead);
    }

    long agreementOfReadableArea(long areaId) {
        return agreementOfArea(areaId).orElseThrow(() -> new AccessDeniedException("error.notAllowed"));
    }

    boolean isActivePerson(long personId) {
        return organisations.findPerson(personId).map(PersonRef::active).orElse(false);
    }

    @Override
    public boolean canReadActionItem(long actionItemId) {
        return items.ownership(actionItemId).map(o -> agreements.canRead(o.agreementId())).orElse(false);
    }

    ItemPermissions permissions(ItemOwnership item) {
        SignedInUser user = user();
        if (user.hasRole(Role.ADMIN)) {
            return new ItemPermissions(true, true, true);
        }
        if (!agreements.canRead(item.agreementId())) {
            return ItemPermissions.NONE;
        }
        if (user.hasRole(Role.MANAGER)) {
            return new ItemPermissions(true, true, true);
        }
        if (user.hasRole(Role.COORDINATOR) && ownedByMyOrganisation(item)) {
            return new ItemPermissions(true, true, false);
        }
        return ItemPermissions.NONE;
    }

    private boolean ownedByMyOrganisation(ItemOwnership item) {
        OrganisationReach reach = reach();
        return reach.below().contains(item.leadOrganisationId())
                || item.coOwnerIds().stream().anyMatch(reach.below()::contains);
    }

    /** Creating an item in an agreement, led by the given organisation. */
    boolean canCreate(long agreementId, Long leadOrganisationId) {
        SignedInUser user = user();
        if (user.hasRole(Role.ADMIN)) {
            return true;
        }
        if (!agreements.canRead(agreementId)) {
            return false;
        }
        return user.hasRole(Role.MANAGER) || (user.hasRole(Role.COORDINATOR)
                && (leadOrganisationId == null || reach().below().contains(leadOrganisationId)));
    }

    /** Plans, and indicators of agreements and areas: administrators and the agreement's managers. */
    boolean canManageAgreement(long agreementId) {
        return agreements.canManage(agreementId);
    }
}
