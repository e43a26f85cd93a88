package se.samverkan.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import se.samverkan.agreement.AgreementScope;
import se.samverkan.audit.AuditAction;
import se.samverkan.audit.AuditRecord;
import se.samverkan.audit.AuditService;
import se.samverkan.base.db.ConcurrentChangeException;
import se.samverkan.base.security.Role;
import se.samverkan.base.security.SignedInUser;
import se.samverkan.base.validation.ValidationException;

/**
 * Action items of the action plans: finding them, reading one, and creating, editing and deleting them under the
 * rules of {@link ActionItemAccess}. Every change is checked by {@link ActionItemChecks}, refused when someone else
 * saved in between, and written to the audit log in the same transaction.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ActionPlanService {

    static final String ENTITY = "ACTION_ITEM";

    private final ActionItemRepository items;
    private final ProgressReportRepository reports;
    private final TargetGroupRepository targetGroups;
    private final ActionItemAccess access;
    private final ActionItemChecks checks;
    private final ItemSnapshots snapshots;
    private final AuditService audit;
    private final Clock clock;

    ActionPlanService(ActionItemRepository items, ProgressReportRepository reports,
            TargetGroupRepository targetGroups, ActionItemAccess access, ActionItemChecks checks,
            ItemSnapshots snapshots, AuditService audit, Clock clock) {
        this.items = items;
        this.reports = reports;
        this.targetGroups = targetGroups;
        this.access = access;
        this.checks = checks;
        this.snapshots = snapshots;
        this.audit = audit;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- finding items --------------------------------------------------------------------------------------------

    public int countItemsInArea(long areaId) {
        return countItems(ItemFilter.none().withArea(areaId));
    }

    /** An area's items, overdue ones first, then by due date. */
    public List<ActionItemSummary> findItemsInArea(long areaId, int offset, int limit) {
        return findItems(ItemFilter.none().withArea(areaId), List.of(), offset, limit);
    }

    public int countItems(ItemFilter filter) {
        return items.count(filter, organisationCondition(filter), narrowed(access.readScope(), filter), today());
    }

    /** Items matching the filter among those the user reads; with no order, overdue first, then by due date. */
    public List<ActionItemSummary> findItems(ItemFilter filter, List<ItemOrder> order, int offset, int limit) {
        return items.page(filter, organisationCondition(filter), narrowed(access.readScope(), filter), today(),
                order.stream().<org.jooq.SortField<?>>map(o -> ActionItemRepository.sortField(o.sort(), o.descending()))
                        .toList(), offset,
                limit);
    }

    private Condition organisationCondition(ItemFilter filter) {
        if (filter.organisationId() == null) {
            return DSL.noCondition();
        }
        if (filter.role() != null) {
            return ActionItemRepository.tiedTo(filter.organisationId(), filter.role());
        }
        return ActionItemRepository.ledOrCoOwnedBy(access.organisationsBelow(filter.organisationId()));
    }

    /**
     * The SQL condition on the action item table that selects exactly the items {@link #findItems} lists for the
     * filter among those the user reads, for features that count items in SQL (the dashboard counts what its charts
     * link to). Open, overdue and "runs during a period" keep their one definition here.
     */
    public Condition itemCondition(ItemFilter filter) {
        return itemConditions(List.of(filter)).getFirst();
    }

    /** {@link #itemCondition} for several filters, reading the user's scope once. */
    public List<Condition> itemConditions(List<ItemFilter> filters) {
        AgreementScope scope = access.readScope();
        LocalDate today = today();
        return filters.stream().map(filter -> items.selection(filter, organisationCondition(filter),
                narrowed(scope, filter), today)).toList();
    }

    /** Every item of an agreement the user reads is theirs to read: no need to list all their agreements then. */
    private static AgreementScope narrowed(AgreementScope scope, ItemFilter filter) {
        return filter.agreementId() != null && scope.contains(filter.agreementId()) ? AgreementScope.everything()
                : scope;
    }

    /**
     * "My items": where I am responsible or deputy, or my organisation (or one below it) leads or co-owns; overdue
     * first, then by due date.
     */
    public int countMyItems() {
        return items.count(ItemFilter.none(), mine(), access.readScope(), today());
    }

    public List<ActionItemSummary> findMyItems(int offset, int limit) {
        return items.page(ItemFilter.none(), mine(), access.readScope(), today(), List.of(), offset, limit);
    }

    private Condition mine() {
        SignedInUser user = access.user();
        return ActionItemRepository.responsibleOrDeputy(user.personId())
                .or(ActionItemRepository.ledOrCoOwnedBy(access.reach().below()));
    }

    /** An agreement's items counted per area, by status and overdue; areas without items are absent. */
    public Map<Long, AreaItemCounts> countItemsByArea(long agreementId) {
        if (!access.readScope().contains(agreementId)) {
            return Map.of();
        }
        Map<Long, AreaItemCounts> counts = new HashMap<>();
        for (AreaItemCounts c : items.countsByArea(agreementId, today())) {
            counts.put(c.areaId(), c);
        }
        return counts;
    }

    public Optional<ActionItemDetails> findItem(long id) {
        Optional<ItemOwnership> ownership = items.ownership(id);
        if (ownership.isEmpty() || !access.readScope().contains(ownership.get().agreementId())) {
            return Optional.empty();
        }
        ItemPermissions permissions = access.permissions(ownership.get());
        return items.find(id, today(), reports.ofItem(id)).map(item -> item.withPermissions(permissions));
    }

    public List<PlanRef> findPlans(long agreementId) {
        return access.readScope().contains(agreementId) ? items.plans(agreementId) : List.of();
    }

    public List<TargetGroupRef> findTargetGroups(boolean activeOnly) {
        return targetGroups.all(activeOnly);
    }

    /** Items the user reads, by title, for the "builds on" picker. */
    public List<ActionItemSummary> findItemsByTitle(String text, int limit) {
        return findItems(new ItemFilter(null, null, null, null, null, null, null, null, null, false, text),
                List.of(new ItemOrder(ItemSort.TITLE, false)), 0, limit);
    }

    // --- editing ---------------------------------------------------------------------------------------------------

    /** Whether the user may create items in the area (coordinators: led by their own organisation). */
    public boolean canCreateItemIn(long areaId) {
        return access.agreementOfArea(areaId).map(agreementId -> access.canCreate(agreementId, null)).orElse(false);
    }

    /** A draft for a new item in the area, in the plan that covers today (or the newest), led by my organisation. */
    public ActionItemDraft newDraft(long areaId) {
        long agreementId = access.agreementOfReadableArea(areaId);
        if (!access.canCreate(agreementId, null)) {
            throw new AccessDeniedException("error.notAllowed");
        }
        ActionItemDraft draft = new ActionItemDraft();
        draft.setAreaId(areaId);
        List<PlanRef> plans = items.plans(agreementId);
        plans.stream().filter(p -> p.covers(today())).findFirst().or(() -> plans.stream().findFirst())
                .ifPresent(plan -> draft.setActionPlanId(plan.id()));
        SignedInUser user = access.user();
        draft.setLeadOrganisationId(user.organisationId());
        if (!user.hasAnyRole(Role.ADMIN, Role.MANAGER)) {
            draft.setResponsiblePersonId(user.personId());
        }
        return draft;
    }

    /** The item as its form edits it; only for those who may edit it. */
    public ActionItemDraft editDraft(long id) {
        requireEdit(id);
        return items.draft(id).orElseThrow(() -> new AccessDeniedException("error.notAllowed"));
    }

    private ItemOwnership requireEdit(long id) {
        ItemOwnership ownership = items.ownership(id).orElseThrow(() -> new AccessDeniedException("error.notAllowed"));
        if (!access.permissions(ownership).edit()) {
            throw new AccessDeniedException("error.notAllowed");
        }
        return ownership;
    }

    @Transactional
    public long createItem(ActionItemDraft draft) {
        Long areaAgreement = draft.getAreaId() == null ? null
                : access.agreementOfArea(draft.getAreaId()).orElse(null);
        if (areaAgreement == null || !access.canCreate(areaAgreement, draft.getLeadOrganisationId())) {
            if (areaAgreement != null && access.canCreate(areaAgreement, null)) {
                throw ValidationException.of("leadOrganisationId", "actionItem.error.leadNotYours");
            }
            throw new AccessDeniedException("error.notAllowed");
        }
        draft.setStatus(draft.getStatus() == null ? ActionItemStatus.PLANNED : draft.getStatus());
        long agreementId = checks.check(null, draft, null);
        long id = items.insert(draft, agreementId);
        AuditRecord record = AuditRecord.of(AuditAction.CREATE, ENTITY, id, draft.getTitle()).actionItem(id)
                .agreement(agreementId);
        snapshots.describe(null, draft, record);
        audit.record(record);
        return id;
    }

    @Transactional
    public void updateItem(long id, ActionItemDraft draft) {
        ItemOwnership ownership = requireEdit(id);
        ActionItemDraft before = items.draft(id).orElseThrow(ConcurrentChangeException::new);
        if (before.getVersion() != draft.getVersion()) {
            throw new ConcurrentChangeException();
        }
        long agreementId = checks.check(id, draft, before);
        if (agreementId != ownership.agreementId() && !access.canCreate(agreementId, null)) {
            throw new AccessDeniedException("error.notAllowed");
        }
        ConcurrentChangeException.requireOneRow(items.update(id, draft, agreementId));
        AuditAction action = before.getStatus() != draft.getStatus() ? AuditAction.STATUS_CHANGE : AuditAction.UPDATE;
        AuditRecord record = AuditRecord.of(action, ENTITY, id, draft.getTitle()).actionItem(id).agreement(agreementId);
        snapshots.describe(before, draft, record);
        if (record.hasChanges()) {
            audit.record(record);
        }
    }

    @Transactional
    public void deleteItem(long id, int version) {
        ItemOwnership ownership = items.ownership(id).orElseThrow(ConcurrentChangeException::new);
        if (!access.permissions(ownership).delete()) {
            throw new AccessDeniedException("error.notAllowed");
        }
        ActionItemDraft before = items.draft(id).orElseThrow(ConcurrentChangeException::new);
        ConcurrentChangeException.requireOneRow(items.delete(id, version));
        AuditRecord record = AuditRecord.of(AuditAction.DELETE, ENTITY, id, before.getTitle()).actionItem(id)
                .agreement(ownership.agreementId());
        snapshots.describe(before, null, record);
        audit.record(record);
    }

    /**
     * Hands every item a person is responsible for or deputy on over to another person, in one step (for example when
     * someone leaves). Administrators only. Returns the number of items handed over.
     */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public int handOverItems(long fromPersonId, long toPersonId) {
        if (fromPersonId == toPersonId) {
            throw ValidationException.of("toPersonId", "actionItem.error.handOverSame");
        }
        if (!access.isActivePerson(toPersonId)) {
            throw ValidationException.of("toPersonId", "actionItem.error.person");
        }
        List<Long> affected = items.itemsOfPerson(fromPersonId);
        Map<Long, ActionItemDraft> before = new HashMap<>();
        for (long id : affected) {
            before.put(id, items.draft(id).orElseThrow());
        }
        items.handOver(fromPersonId, toPersonId);
        for (long id : affected) {
            ActionItemDraft after = items.draft(id).orElseThrow();
            AuditRecord record = AuditRecord.of(AuditAction.HAND_OVER, ENTITY, id, after.getTitle()).actionItem(id)
                    .agreement(items.ownership(id).orElseThrow().agreementId());
            snapshots.describe(before.get(id), after, record);
            audit.record(record);
        }
        return affected.size();
    }

    // --- action plans ----------------------------------------------------------------------------------------------

    /** Creates an action plan for an agreement; managers of the agreement and administrators. */
    @Transactional
    public long createPlan(long agreementId, String title, LocalDate start, LocalDate end) {
        if (!access.canManageAgreement(agreementId)) {
            throw new AccessDeniedException("error.notAllowed");
        }
        String cleanTitle = PlanChecks.check(title, start, end, items.planPeriodExists(agreementId, start, null), 0);
        long id = items.insertPlan(agreementId, cleanTitle, start, end);
        audit.record(AuditRecord.of(AuditAction.CREATE, "ACTION_PLAN", id, cleanTitle).agreement(agreementId)
                .change("actionPlan.title", null, cleanTitle)
                .change("actionPlan.periodStart", null, start).change("actionPlan.periodEnd", null, end));
        return id;
    }

    @Transactional
    public void updatePlan(long planId, int version, String title, LocalDate start, LocalDate end) {
        PlanRef plan = items.plan(planId).orElseThrow(ConcurrentChangeException::new);
        if (!access.canManageAgreement(plan.agreementId())) {
            throw new AccessDeniedException("error.notAllowed");
        }
        String cleanTitle = PlanChecks.check(title, start, end,
                items.planPeriodExists(plan.agreementId(), start, planId),
                start == null || end == null ? 0 : items.itemsOutside(planId, start, end));
        ConcurrentChangeException.requireOneRow(items.updatePlan(planId, version, cleanTitle, start, end));
        audit.record(AuditRecord.of(AuditAction.UPDATE, "ACTION_PLAN", planId, cleanTitle)
                .agreement(plan.agreementId())
                .change("actionPlan.title", plan.title(), cleanTitle)
                .change("actionPlan.periodStart", plan.periodStart(), start)
                .change("actionPlan.periodEnd", plan.periodEnd(), end));
    }

    /** The scope of agreements the user reads, for other views of this feature. */
    AgreementScope readScope() {
        return access.readScope();
    }
}
