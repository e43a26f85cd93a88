package se.samverkan.actionplan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.audit.AuditAction;
import se.samverkan.audit.AuditRecord;
import se.samverkan.audit.AuditService;
import se.samverkan.base.db.ConcurrentChangeException;
import se.samverkan.base.security.Role;
import se.samverkan.base.validation.FieldError;
import se.samverkan.base.validation.Texts;
import se.samverkan.base.validation.ValidationException;

/**
 * Bulk updates of status, progress, traffic light and its comment (an imported file): each row is checked exactly as
 * the item form is ({@link ActionItemAccess} for the permission, {@link ActionItemChecks} for the rules, the version
 * for a newer save), and applying is all or nothing, with an audit entry per changed item in the same transaction.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ItemUpdateService {

    private final ActionItemRepository items;
    private final ActionItemAccess access;
    private final ActionItemChecks checks;
    private final ItemSnapshots snapshots;
    private final AuditService audit;

    ItemUpdateService(ActionItemRepository items, ActionItemAccess access, ActionItemChecks checks,
            ItemSnapshots snapshots, AuditService audit) {
        this.items = items;
        this.access = access;
        this.checks = checks;
        this.snapshots = snapshots;
        this.audit = audit;
    }

    /** Whether the user may change any item at all (viewers may not); the UI offers the import only then. */
    public boolean canUpdateItems() {
        return access.user().hasAnyRole(Role.ADMIN, Role.MANAGER, Role.COORDINATOR);
    }

    /** What each update would do, or why it is refused; writes nothing. */
    public List<ItemUpdateResult> check(List<ItemUpdate> updates) {
        return evaluate(updates).stream().map(Evaluated::result).toList();
    }

    /**
     * Applies every update that changes something, or none: when any row is refused (or someone saved one of the
     * items in between), nothing is written.
     *
     * @return the number of items changed
     * @throws ItemUpdatesRefusedException with every row's result, when any row is refused
     */
    @Transactional
    public int apply(List<ItemUpdate> updates) {
        List<Evaluated> evaluated = evaluate(updates);
        if (evaluated.stream().anyMatch(e -> !e.result().ok())) {
            throw new ItemUpdatesRefusedException(evaluated.stream().map(Evaluated::result).toList());
        }
        int changed = 0;
        for (Evaluated e : evaluated) {
            if (!e.result().changesSomething()) {
                continue;
            }
            long id = e.result().itemId();
            ConcurrentChangeException.requireOneRow(items.update(id, e.after(), e.agreementId()));
            AuditRecord record = AuditRecord.of(AuditAction.IMPORT, ActionPlanService.ENTITY, id, e.after().getTitle())
                    .actionItem(id).agreement(e.agreementId());
            snapshots.describe(e.before(), e.after(), record);
            audit.record(record);
            changed++;
        }
        return changed;
    }

    private record Evaluated(ItemUpdateResult result, ActionItemDraft before, ActionItemDraft after,
            long agreementId) {
    }

    private List<Evaluated> evaluate(List<ItemUpdate> updates) {
        List<Evaluated> out = new ArrayList<>(updates.size());
        Set<Long> seen = new HashSet<>();
        for (ItemUpdate update : updates) {
            out.add(evaluate(update, seen.add(update.itemId())));
        }
        return out;
    }

    private Evaluated evaluate(ItemUpdate u, boolean first) {
        Optional<ItemOwnership> ownership = items.ownership(u.itemId())
                .filter(o -> access.readScope().contains(o.agreementId()));
        if (ownership.isEmpty()) {
            return refused(u, null, FieldError.of("itemId", "import.error.noSuchItem"));
        }
        ActionItemDraft before = items.draft(u.itemId()).orElseThrow();
        if (!first) {
            return refused(u, before.getTitle(), FieldError.of("itemId", "import.error.duplicateRow"));
        }
        ActionItemDraft after = items.draft(u.itemId()).orElseThrow();
        after.setStatus(u.status());
        after.setProgress(u.progress());
        after.setTrafficLight(u.trafficLight());
        after.setTrafficLightComment(u.trafficLight() == TrafficLight.GREEN ? null
                : Texts.clean(u.trafficLightComment()));
        List<ItemUpdateResult.Change> changes = changes(before, after);
        if (changes.isEmpty()) {
            // a row left as exported changes nothing, whoever may edit the item and whatever was saved since
            return new Evaluated(new ItemUpdateResult(u.row(), u.itemId(), before.getTitle(), List.of(), List.of()),
                    before, after, ownership.get().agreementId());
        }
        if (!access.permissions(ownership.get()).edit()) {
            return refused(u, before.getTitle(), FieldError.of(null, "error.notAllowed"));
        }
        if (before.getVersion() != u.version()) {
            return refused(u, before.getTitle(), FieldError.of("version", "error.concurrentChange"));
        }
        long agreementId;
        try {
            agreementId = checks.check(u.itemId(), after, before);
        } catch (ValidationException e) {
            return new Evaluated(new ItemUpdateResult(u.row(), u.itemId(), before.getTitle(), List.of(), e.errors()),
                    before, after, ownership.get().agreementId());
        }
        return new Evaluated(new ItemUpdateResult(u.row(), u.itemId(), before.getTitle(), changes(before, after),
                List.of()), before, after, agreementId);
    }

    private static List<ItemUpdateResult.Change> changes(ActionItemDraft before, ActionItemDraft after) {
        List<ItemUpdateResult.Change> changes = new ArrayList<>();
        change(changes, "actionItem.status", before.getStatus(), after.getStatus());
        change(changes, "actionItem.progress", before.getProgress(), after.getProgress());
        change(changes, "actionItem.trafficLight", before.getTrafficLight(), after.getTrafficLight());
        change(changes, "actionItem.trafficLightComment", before.getTrafficLightComment(),
                after.getTrafficLightComment());
        return changes;
    }

    private static void change(List<ItemUpdateResult.Change> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new ItemUpdateResult.Change(field, before, after));
        }
    }

    private static Evaluated refused(ItemUpdate u, String title, FieldError error) {
        return new Evaluated(new ItemUpdateResult(u.row(), u.itemId(), title, List.of(), List.of(error)), null, null,
                0);
    }
}
