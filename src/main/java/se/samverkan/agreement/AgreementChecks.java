package se.samverkan.agreement;

import java.util.Set;

import org.springframework.stereotype.Component;

import jakarta.validation.Validator;
import se.samverkan.base.security.Role;
import se.samverkan.base.security.SignedInUser;
import se.samverkan.base.validation.BeanChecks;
import se.samverkan.base.validation.Checks;
import se.samverkan.base.validation.Texts;
import se.samverkan.organisation.OrganisationService;

/**
 * The rules an agreement must meet before it is saved: the form's constraints once more, then the layers (a city-wide
 * agreement stands alone, a local agreement hangs under a city-wide one, a citizen promise under either), a unique
 * diary number, an adoption date and body once adopted, parties that exist, and, for a manager, at least one party
 * within their reach so that they still read the agreement afterwards.
 */
@Component
class AgreementChecks {

    private final Validator validator;
    private final AgreementRepository agreements;
    private final OrganisationService organisations;

    AgreementChecks(Validator validator, AgreementRepository agreements, OrganisationService organisations) {
        this.validator = validator;
        this.agreements = agreements;
        this.organisations = organisations;
    }

    /**
     * Cleans the draft's texts and throws with every problem found.
     *
     * @param id     the agreement's id, {@code null} for a new one
     * @param before the saved agreement, {@code null} for a new one
     * @param scope  the agreements the user reads, for the parent
     */
    void check(Long id, AgreementDraft d, AgreementDraft before, AgreementScope scope, SignedInUser user) {
        d.setTitle(Texts.clean(d.getTitle()));
        d.setDiaryNumber(Texts.clean(d.getDiaryNumber()));
        d.setSummary(Texts.clean(d.getSummary()));
        d.setAdoptedBy(Texts.clean(d.getAdoptedBy()));
        Checks checks = new Checks().addAll(BeanChecks.of(validator, d));
        checkParent(id, d, scope, checks);
        if (before != null && d.getKind() != null && d.getKind() != before.getKind() && agreements.hasChildren(id)) {
            checks.add("kind", "agreement.error.kindHasChildren");
        }
        if (d.getPeriodStart() != null && d.getPeriodEnd() != null && d.getPeriodEnd().isBefore(d.getPeriodStart())) {
            checks.add("periodEnd", "agreement.error.period");
        }
        if (d.getStatus() == AgreementStatus.ADOPTED || d.getStatus() == AgreementStatus.EXPIRED) {
            checks.require(d.getAdoptedOn() != null, "adoptedOn", "agreement.error.adoptedOn");
            checks.require(d.getAdoptedBy() != null, "adoptedBy", "agreement.error.adoptedBy");
        }
        if (d.getDiaryNumber() != null && !checks.hasErrorFor("diaryNumber")
                && agreements.diaryNumberTaken(d.getDiaryNumber(), id)) {
            checks.add("diaryNumber", "agreement.error.diaryNumberTaken");
        }
        checkParties(d, user, checks);
        checks.throwIfAny();
    }

    private void checkParent(Long id, AgreementDraft d, AgreementScope scope, Checks checks) {
        if (d.getKind() == null) {
            return;
        }
        if (d.getKind() == AgreementKind.CITY_WIDE) {
            checks.require(d.getParentId() == null, "parentId", "agreement.error.cityWideHasNoParent");
            return;
        }
        if (d.getParentId() == null) {
            checks.add("parentId", "agreement.error.parentRequired");
            return;
        }
        AgreementRef parent = scope.contains(d.getParentId()) ? agreements.ref(d.getParentId()).orElse(null) : null;
        if (parent == null || parent.id() == (id == null ? -1 : id)) {
            checks.add("parentId", "agreement.error.parent");
        } else if (!fits(d.getKind(), parent.kind())) {
            checks.add("parentId", "agreement.error.parentKind");
        }
    }

    /** A local agreement hangs under a city-wide one; a citizen promise under a city-wide or a local one. */
    private static boolean fits(AgreementKind kind, AgreementKind parentKind) {
        return switch (kind) {
            case CITY_WIDE -> false;
            case LOCAL -> parentKind == AgreementKind.CITY_WIDE;
            case CITIZEN_PROMISE -> parentKind == AgreementKind.CITY_WIDE || parentKind == AgreementKind.LOCAL;
        };
    }

    private void checkParties(AgreementDraft d, SignedInUser user, Checks checks) {
        Set<Long> parties = d.getPartyIds();
        if (parties.isEmpty()) {
            checks.add("partyIds", "agreement.error.parties");
            return;
        }
        if (parties.contains(null) || agreements.organisationNames(parties).size() != parties.size()) {
            checks.add("partyIds", "agreement.error.party");
            return;
        }
        if (!user.hasRole(Role.ADMIN)
                && parties.stream().noneMatch(organisations.reach(user.organisationId()).lineage()::contains)) {
            checks.add("partyIds", "agreement.error.partiesOutOfReach");
        }
    }
}
