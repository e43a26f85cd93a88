package se.samverkan.agreement;

import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Lazy;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import se.samverkan.audit.AuditAction;
import se.samverkan.audit.AuditRecord;
import se.samverkan.audit.AuditService;
import se.samverkan.base.db.ConcurrentChangeException;
import se.samverkan.base.db.ReadOnceCache;
import se.samverkan.base.security.CurrentUser;
import se.samverkan.base.security.Role;
import se.samverkan.base.security.SignedInUser;
import se.samverkan.organisation.OrganisationService;

/**
 * Agreements and their prioritized areas. A user reads the agreements their organisation takes part in (see
 * {@link AgreementScope}); administrators read all. Managers and administrators manage the agreements they read:
 * they create and edit them under the rules of {@link AgreementChecks}; a change is refused when someone else saved
 * in between, and written to the audit log in the same transaction.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AgreementService {

    static final String ENTITY = "AGREEMENT";

    private final AgreementRepository agreements;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;
    private final AgreementChecks checks;
    private final AuditService audit;

    /**
     * The audit log is resolved lazily: it asks the action-plan feature who may read what, and that feature builds on
     * this service, so an eager reference would close a circle of constructors.
     */
    AgreementService(AgreementRepository agreements, OrganisationService organisations, CurrentUser currentUser,
            AgreementChecks checks, @Lazy AuditService audit) {
        this.agreements = agreements;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.checks = checks;
        this.audit = audit;
    }

    /** The agreements the signed-in user may read. */
    public AgreementScope readScope() {
        SignedInUser user = currentUser.require();
        if (user.hasRole(Role.ADMIN)) {
            return AgreementScope.everything();
        }
        // read once per read-only transaction: a dashboard or a list asks for it from several features
        return ReadOnceCache.get(new ScopeKey(user.accountId(), user.organisationId()), () -> new AgreementScope(false,
                agreements.agreementsWithPartyIn(organisations.reach(user.organisationId()).lineage())));
    }

    private record ScopeKey(long accountId, long organisationId) {
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

    // --- editing agreements ---------------------------------------------------------------------------------------

    /** Whether the signed-in user may create agreements (managers and administrators). */
    public boolean canCreate() {
        return currentUser.require().hasAnyRole(Role.ADMIN, Role.MANAGER);
    }

    /** The agreement as its form edits it; only for those who manage it. */
    public AgreementDraft editDraft(long id) {
        if (!canManage(id)) {
            throw new AccessDeniedException("error.notAllowed");
        }
        return agreements.draft(id).orElseThrow(() -> new AccessDeniedException("error.notAllowed"));
    }

    /** Managers and administrators create agreements; a manager's must have a party within their reach. */
    @Transactional
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public long createAgreement(AgreementDraft draft) {
        checks.check(null, draft, null, readScope(), currentUser.require());
        long id = agreements.insert(draft);
        audit.record(describe(AuditRecord.of(AuditAction.CREATE, ENTITY, id, draft.getTitle()).agreement(id), null,
                draft));
        return id;
    }

    @Transactional
    public void updateAgreement(long id, AgreementDraft draft) {
        if (!canManage(id)) {
            throw new AccessDeniedException("error.notAllowed");
        }
        AgreementDraft before = agreements.draft(id).orElseThrow(ConcurrentChangeException::new);
        if (before.getVersion() != draft.getVersion()) {
            throw new ConcurrentChangeException();
        }
        checks.check(id, draft, before, readScope(), currentUser.require());
        ConcurrentChangeException.requireOneRow(agreements.update(id, draft));
        AuditRecord record = describe(AuditRecord.of(AuditAction.UPDATE, ENTITY, id, draft.getTitle()).agreement(id),
                before, draft);
        if (record.hasChanges()) {
            audit.record(record);
        }
    }

    private AuditRecord describe(AuditRecord record, AgreementDraft before, AgreementDraft after) {
        boolean created = before == null;
        return record
                .change("agreement.kind", "agreement.kind.", created ? null : before.getKind(), after.getKind())
                .change("agreement.title", created ? null : before.getTitle(), after.getTitle())
                .change("agreement.diaryNumber", created ? null : before.getDiaryNumber(), after.getDiaryNumber())
                .change("agreement.parent", created ? null : parentTitle(before.getParentId()),
                        parentTitle(after.getParentId()))
                .change("agreement.summary", created ? null : before.getSummary(), after.getSummary())
                .change("agreement.periodStart", created ? null : before.getPeriodStart(), after.getPeriodStart())
                .change("agreement.periodEnd", created ? null : before.getPeriodEnd(), after.getPeriodEnd())
                .change("agreement.status", "agreement.status.", created ? null : before.getStatus(),
                        after.getStatus())
                .change("agreement.adoptedOn", created ? null : before.getAdoptedOn(), after.getAdoptedOn())
                .change("agreement.adoptedBy", created ? null : before.getAdoptedBy(), after.getAdoptedBy())
                .change("agreement.parties", created ? null : partyNames(before), partyNames(after));
    }

    private String parentTitle(Long parentId) {
        return parentId == null ? null : agreements.ref(parentId).map(AgreementRef::title).orElse(null);
    }

    private String partyNames(AgreementDraft draft) {
        return String.join(", ", agreements.organisationNames(draft.getPartyIds()));
    }
}
