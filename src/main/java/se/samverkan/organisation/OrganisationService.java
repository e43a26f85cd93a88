package se.samverkan.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Lazy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import se.samverkan.audit.AuditAction;
import se.samverkan.audit.AuditRecord;
import se.samverkan.audit.AuditService;
import se.samverkan.base.db.ConcurrentChangeException;
import se.samverkan.base.db.ReadOnceCache;
import se.samverkan.base.security.Role;
import se.samverkan.base.validation.BeanChecks;
import se.samverkan.base.validation.Checks;
import se.samverkan.base.validation.Texts;

/**
 * Organisations of both agencies and the people in them: reference data every signed-in user may read, and the
 * hierarchy that permissions follow. Administrators create and edit organisations; every change is checked, refused
 * when someone else saved in between, and written to the audit log in the same transaction.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class OrganisationService {

    static final String ENTITY = "ORGANISATION";

    private final OrganisationRepository organisations;
    private final Validator validator;
    private final AuditService audit;

    /**
     * The audit log is resolved lazily: it asks the action-plan feature who may read what, and that feature builds on
     * this service, so an eager reference would close a circle of constructors.
     */
    OrganisationService(OrganisationRepository organisations, Validator validator, @Lazy AuditService audit) {
        this.organisations = organisations;
        this.validator = validator;
        this.audit = audit;
    }

    public List<OrganisationRef> findOrganisations() {
        return organisations.all();
    }

    public boolean organisationExists(long id) {
        return organisations.exists(id);
    }

    /** The organisation with everything below and above it. */
    public OrganisationReach reach(long organisationId) {
        return ReadOnceCache.get(new ReachKey(organisationId), () -> organisations.reach(organisationId));
    }

    private record ReachKey(long organisationId) {
    }

    /** People, optionally only in the given organisations and only active ones, by name. */
    public List<PersonRef> findPeople(String filter, Collection<Long> organisationIds, boolean activeOnly, int offset,
            int limit) {
        return organisations.people(filter, organisationIds, activeOnly, offset, limit);
    }

    public int countPeople(String filter, Collection<Long> organisationIds, boolean activeOnly) {
        return organisations.countPeople(filter, organisationIds, activeOnly);
    }

    public Optional<PersonRef> findPerson(long id) {
        return organisations.person(id);
    }

    // --- editing organisations ------------------------------------------------------------------------------------

    /** The organisation as its form edits it. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Optional<OrganisationDraft> editDraft(long id) {
        return organisations.draft(id);
    }

    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public long createOrganisation(OrganisationDraft draft) {
        check(null, draft, null);
        long id = organisations.insert(draft);
        audit.record(describe(AuditRecord.of(AuditAction.CREATE, ENTITY, id, draft.getName()), null, draft));
        return id;
    }

    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public void updateOrganisation(long id, OrganisationDraft draft) {
        OrganisationDraft before = organisations.draft(id).orElseThrow(ConcurrentChangeException::new);
        if (before.getVersion() != draft.getVersion()) {
            throw new ConcurrentChangeException();
        }
        check(id, draft, before);
        ConcurrentChangeException.requireOneRow(organisations.update(id, draft));
        AuditRecord record = describe(AuditRecord.of(AuditAction.UPDATE, ENTITY, id, draft.getName()), before, draft);
        if (record.hasChanges()) {
            audit.record(record);
        }
    }

    /** Cleans the draft's texts and throws with every problem found. */
    private void check(Long id, OrganisationDraft d, OrganisationDraft before) {
        d.setName(Texts.clean(d.getName()));
        d.setShortName(Texts.clean(d.getShortName()));
        Checks checks = new Checks().addAll(BeanChecks.of(validator, d));
        if (d.getName() != null && organisations.nameTaken(d.getName(), id)) {
            checks.add("name", "organisation.error.nameTaken");
        }
        if (d.getKind() != null && d.getAgency() != null && !d.getKind().fits(d.getAgency())) {
            checks.add("kind", "organisation.error.kindAgency");
        }
        if (d.getParentId() != null) {
            OrganisationRef parent = organisations.ref(d.getParentId()).orElse(null);
            if (parent == null) {
                checks.add("parentId", "organisation.error.parent");
            } else if (id != null && organisations.selfAndBelow(id).contains(parent.id())) {
                checks.add("parentId", "organisation.error.cycle");
            } else if (d.getAgency() != null && !parent.agency().equals(d.getAgency().name())) {
                checks.add("parentId", "organisation.error.parentAgency");
            }
        }
        if (before != null && d.getAgency() != null && d.getAgency() != before.getAgency()
                && organisations.childAgencies(id).stream().anyMatch(a -> !a.equals(d.getAgency().name()))) {
            checks.add("agency", "organisation.error.childrenAgency");
        }
        checks.throwIfAny();
    }

    private AuditRecord describe(AuditRecord record, OrganisationDraft before, OrganisationDraft after) {
        return record
                .change("organisation.name", before == null ? null : before.getName(), after.getName())
                .change("organisation.shortName", before == null ? null : before.getShortName(),
                        after.getShortName())
                .change("organisation.kind", "organisation.kind.", before == null ? null : before.getKind(),
                        after.getKind())
                .change("organisation.agency", "agency.", before == null ? null : before.getAgency(),
                        after.getAgency())
                .change("organisation.parent", before == null ? null : nameOf(before.getParentId()),
                        nameOf(after.getParentId()));
    }

    private String nameOf(Long organisationId) {
        return organisationId == null ? null
                : organisations.ref(organisationId).map(OrganisationRef::name).orElse(null);
    }
}
