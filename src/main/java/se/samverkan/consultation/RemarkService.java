package se.samverkan.consultation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import se.samverkan.audit.AuditAction;
import se.samverkan.audit.AuditRecord;
import se.samverkan.audit.AuditService;
import se.samverkan.base.db.ConcurrentChangeException;
import se.samverkan.base.security.Role;

/**
 * The remarks an answer is split into, one point each: their tags, their handling (accepted with what takes them up,
 * partly accepted, not accepted with a reason, pending), and where they were raised for an agreement, area or action
 * item. Readers and editors as for {@link ConsultationService}; every change is checked, locked and audited. A change
 * of a remark's links is also written to the history of each action item linked or unlinked.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class RemarkService {

    static final String REMARK = "CONSULTATION_REMARK";

    private final RemarkRepository remarks;
    private final AnswerRepository answers;
    private final ConsultationAccess access;
    private final ConsultationChecks checks;
    private final ConsultationService consultations;
    private final AuditService audit;

    RemarkService(RemarkRepository remarks, AnswerRepository answers, ConsultationAccess access,
            ConsultationChecks checks, ConsultationService consultations, AuditService audit) {
        this.remarks = remarks;
        this.answers = answers;
        this.access = access;
        this.checks = checks;
        this.consultations = consultations;
        this.audit = audit;
    }

    public Optional<RemarkDetails> findRemark(long id) {
        return remarks.owner(id).filter(owner -> access.canRead(owner.agreementId()))
                .flatMap(owner -> remarks.find(id)
                        .map(remark -> consultations.visible(remark, access.canEdit(owner.agreementId()))));
    }

    /** The remarks linked to an agreement, area or action item, from rounds the user reads. */
    public List<RaisedRemark> findRaisedIn(LinkTarget target, long id) {
        return remarks.linkedTo(target, id).stream().filter(remark -> access.canRead(remark.roundAgreementId()))
                .toList();
    }

    public List<TagRef> findTags(boolean activeOnly) {
        return remarks.tags(activeOnly);
    }

    public RemarkDraft newRemarkDraft(long answerId) {
        requireEditableAnswer(answerId);
        return new RemarkDraft();
    }

    public RemarkDraft editRemarkDraft(long remarkId) {
        RemarkRepository.RemarkOwner owner = remarks.owner(remarkId)
                .orElseThrow(() -> new AccessDeniedException("error.notAllowed"));
        access.requireEdit(owner.agreementId());
        return remarks.draft(remarkId).orElseThrow(() -> new AccessDeniedException("error.notAllowed"));
    }

    private AnswerRepository.AnswerOwner requireEditableAnswer(long answerId) {
        AnswerRepository.AnswerOwner owner = answers.owner(answerId)
                .orElseThrow(() -> new AccessDeniedException("error.notAllowed"));
        access.requireEdit(owner.agreementId());
        return owner;
    }

    @Transactional
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public long createRemark(long answerId, RemarkDraft draft) {
        AnswerRepository.AnswerOwner owner = requireEditableAnswer(answerId);
        checks.checkRemark(draft, Set.of());
        long id = remarks.insert(answerId, draft);
        audit.record(describe(AuditRecord.of(AuditAction.CREATE, REMARK, id, owner.label())
                .agreement(owner.agreementId()), null, draft));
        recordItemLinks(id, owner.label(), owner.agreementId(), Set.of(), draft.getActionItemIds(), draft.getText());
        return id;
    }

    @Transactional
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public void updateRemark(long id, RemarkDraft draft) {
        RemarkRepository.RemarkOwner owner = remarks.owner(id).orElseThrow(ConcurrentChangeException::new);
        access.requireEdit(owner.agreementId());
        RemarkDraft before = remarks.draft(id).orElseThrow(ConcurrentChangeException::new);
        if (before.getVersion() != draft.getVersion()) {
            throw new ConcurrentChangeException();
        }
        checks.checkRemark(draft, before.getTagIds());
        ConcurrentChangeException.requireOneRow(remarks.update(id, draft));
        String label = label(owner);
        AuditAction action = before.getHandling() != draft.getHandling() ? AuditAction.STATUS_CHANGE
                : AuditAction.UPDATE;
        AuditRecord record = describe(AuditRecord.of(action, REMARK, id, label).agreement(owner.agreementId()),
                before, draft);
        if (record.hasChanges()) {
            audit.record(record);
        }
        recordItemLinks(id, label, owner.agreementId(), before.getActionItemIds(), draft.getActionItemIds(),
                draft.getText());
    }

    @Transactional
    @RolesAllowed({ Role.ADMIN_NAME, Role.MANAGER_NAME })
    public void deleteRemark(long id, int version) {
        RemarkRepository.RemarkOwner owner = remarks.owner(id).orElseThrow(ConcurrentChangeException::new);
        access.requireEdit(owner.agreementId());
        RemarkDraft before = remarks.draft(id).orElseThrow(ConcurrentChangeException::new);
        String label = label(owner);
        ConcurrentChangeException.requireOneRow(remarks.delete(id, version));
        audit.record(describe(AuditRecord.of(AuditAction.DELETE, REMARK, id, label).agreement(owner.agreementId()),
                before, null));
        recordItemLinks(id, label, owner.agreementId(), before.getActionItemIds(), Set.of(), before.getText());
    }

    private String label(RemarkRepository.RemarkOwner owner) {
        return answers.owner(owner.answerId()).map(AnswerRepository.AnswerOwner::label).orElse(null);
    }

    private AuditRecord describe(AuditRecord record, RemarkDraft before, RemarkDraft after) {
        return record
                .change("consultation.remark.text", before == null ? null : before.getText(),
                        after == null ? null : after.getText())
                .change("consultation.remark.tags", tags(before), tags(after))
                .change("consultation.remark.handling", "consultation.handling.",
                        before == null ? null : before.getHandling(), after == null ? null : after.getHandling())
                .change("consultation.remark.handlingComment", before == null ? null : before.getHandlingComment(),
                        after == null ? null : after.getHandlingComment())
                .change("consultation.remark.links", links(before), links(after));
    }

    private String tags(RemarkDraft draft) {
        return draft == null ? null : String.join(", ", remarks.tagNames(draft.getTagIds()));
    }

    private String links(RemarkDraft draft) {
        return draft == null ? null : String.join("; ", remarks.linkLabels(draft));
    }

    /** An item linked or unlinked gets a line in its own history, so the item page tells where a remark went. */
    private void recordItemLinks(long remarkId, String label, long agreementId, Set<Long> before, Set<Long> after,
            String text) {
        Set<Long> added = new HashSet<>(after);
        added.removeAll(before);
        Set<Long> removed = new HashSet<>(before);
        removed.removeAll(after);
        for (long itemId : added) {
            audit.record(AuditRecord.of(AuditAction.UPDATE, REMARK, remarkId, label).actionItem(itemId)
                    .agreement(agreementId).change("consultation.remark.linkedItem", null, text));
        }
        for (long itemId : removed) {
            audit.record(AuditRecord.of(AuditAction.UPDATE, REMARK, remarkId, label).actionItem(itemId)
                    .agreement(agreementId).change("consultation.remark.linkedItem", text, null));
        }
    }
}
