package se.samverkan.actionplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import se.samverkan.audit.AuditAction;
import se.samverkan.audit.AuditRecord;
import se.samverkan.audit.AuditService;
import se.samverkan.base.db.ConcurrentChangeException;
import se.samverkan.base.security.Role;
import se.samverkan.base.validation.BeanChecks;
import se.samverkan.base.validation.Checks;
import se.samverkan.base.validation.Texts;

/**
 * The list of target groups that items can be aimed at, which administrators keep: named in Swedish and English, in
 * an order of their choosing. A group is never deleted: deactivated, it stays on the items that have it but cannot be
 * chosen anew (the item rules check that).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class TargetGroupService {

    static final String ENTITY = "TARGET_GROUP";

    private final TargetGroupRepository groups;
    private final Validator validator;
    private final AuditService audit;

    TargetGroupService(TargetGroupRepository groups, Validator validator, AuditService audit) {
        this.groups = groups;
        this.validator = validator;
        this.audit = audit;
    }

    /** Every group, active or not, in the administrators' order. */
    public List<TargetGroupRef> findTargetGroups() {
        return groups.all(false);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Optional<TargetGroupDraft> editDraft(long id) {
        return groups.draft(id);
    }

    /** A new group comes last in the list. */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public long createTargetGroup(TargetGroupDraft draft) {
        check(null, draft);
        long id = groups.insert(draft);
        audit.record(describe(AuditRecord.of(AuditAction.CREATE, ENTITY, id, draft.getNameSv()), null, draft));
        return id;
    }

    /** Renames the group or (de)activates it. */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public void updateTargetGroup(long id, TargetGroupDraft draft) {
        TargetGroupDraft before = groups.draft(id).orElseThrow(ConcurrentChangeException::new);
        if (before.getVersion() != draft.getVersion()) {
            throw new ConcurrentChangeException();
        }
        check(id, draft);
        ConcurrentChangeException.requireOneRow(groups.update(id, draft));
        AuditRecord record = describe(AuditRecord.of(AuditAction.UPDATE, ENTITY, id, draft.getNameSv()), before,
                draft);
        if (record.hasChanges()) {
            audit.record(record);
        }
    }

    /**
     * Swaps the group with the one above ({@code up}) or below it; at either end nothing happens. The list is numbered
     * 1, 2, 3 … afterwards.
     */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public void moveTargetGroup(long id, int version, boolean up) {
        List<TargetGroupRef> order = new ArrayList<>(groups.all(false));
        int from = indexOf(order, id);
        if (from < 0 || order.get(from).version() != version) {
            throw new ConcurrentChangeException();
        }
        int to = up ? from - 1 : from + 1;
        if (to < 0 || to >= order.size()) {
            return;
        }
        TargetGroupRef moved = order.get(from);
        TargetGroupRef other = order.get(to);
        order.set(to, moved);
        order.set(from, other);
        for (int i = 0; i < order.size(); i++) {
            TargetGroupRef group = order.get(i);
            if (group.position() != i + 1 || group.id() == id) {
                int rows = groups.setPosition(group.id(), i + 1, group.id() == id ? version : null);
                ConcurrentChangeException.requireOneRow(rows);
            }
        }
        audit.record(AuditRecord.of(AuditAction.UPDATE, ENTITY, moved.id(), moved.nameSv())
                .change("targetGroup.position", from + 1, to + 1));
        audit.record(AuditRecord.of(AuditAction.UPDATE, ENTITY, other.id(), other.nameSv())
                .change("targetGroup.position", to + 1, from + 1));
    }

    private static int indexOf(List<TargetGroupRef> order, long id) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private void check(Long id, TargetGroupDraft d) {
        d.setNameSv(Texts.clean(d.getNameSv()));
        d.setNameEn(Texts.clean(d.getNameEn()));
        Checks checks = new Checks().addAll(BeanChecks.of(validator, d));
        if (d.getNameSv() != null && !checks.hasErrorFor("nameSv") && groups.nameSvTaken(d.getNameSv(), id)) {
            checks.add("nameSv", "targetGroup.error.nameTaken");
        }
        if (d.getNameEn() != null && !checks.hasErrorFor("nameEn") && groups.nameEnTaken(d.getNameEn(), id)) {
            checks.add("nameEn", "targetGroup.error.nameTaken");
        }
        checks.throwIfAny();
    }

    private static AuditRecord describe(AuditRecord record, TargetGroupDraft before, TargetGroupDraft after) {
        return record
                .change("targetGroup.nameSv", before == null ? null : before.getNameSv(), after.getNameSv())
                .change("targetGroup.nameEn", before == null ? null : before.getNameEn(), after.getNameEn())
                .change("targetGroup.active", "yesNo.", before == null ? null : yesNo(before.isActive()),
                        yesNo(after.isActive()));
    }

    private static String yesNo(boolean value) {
        return value ? "YES" : "NO";
    }
}
