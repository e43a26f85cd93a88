package se.samverkan.actionplan;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;
import se.samverkan.audit.AuditAction;
import se.samverkan.audit.AuditRecord;
import se.samverkan.audit.AuditService;
import se.samverkan.base.db.ConcurrentChangeException;
import se.samverkan.base.validation.BeanChecks;
import se.samverkan.base.validation.Checks;
import se.samverkan.base.validation.PersonalIdentityNumbers;
import se.samverkan.base.validation.Texts;

/**
 * Progress reports on action items, with their attachments. A report moves the item's status, progress and traffic
 * light in the same transaction, and is refused when the item changed since the reporter read it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ProgressReportService {

    private final ProgressReportRepository reports;
    private final ActionItemRepository items;
    private final ActionItemAccess access;
    private final AuditService audit;
    private final Validator validator;
    private final Clock clock;

    ProgressReportService(ProgressReportRepository reports, ActionItemRepository items, ActionItemAccess access,
            AuditService audit, Validator validator, Clock clock) {
        this.reports = reports;
        this.items = items;
        this.access = access;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    /** A report form filled with today and where the item stands now. */
    public ProgressReportDraft newDraft(long itemId) {
        requireReport(itemId);
        ActionItemDraft item = items.draft(itemId).orElseThrow(() -> new AccessDeniedException("error.notAllowed"));
        ProgressReportDraft draft = new ProgressReportDraft();
        draft.setReportedOn(LocalDate.now(clock));
        draft.setStatus(item.getStatus());
        draft.setProgress(item.getProgress());
        draft.setTrafficLight(item.getTrafficLight());
        draft.setItemVersion(item.getVersion());
        return draft;
    }

    private ItemOwnership requireReport(long itemId) {
        ItemOwnership item = items.ownership(itemId).orElseThrow(() -> new AccessDeniedException("error.notAllowed"));
        if (!access.permissions(item).report()) {
            throw new AccessDeniedException("error.notAllowed");
        }
        return item;
    }

    /**
     * Adds a report, with its attachments, and moves the item along.
     *
     * @return the report's id
     */
    @Transactional
    public long addReport(long itemId, ProgressReportDraft draft, List<UploadedFile> files) {
        ItemOwnership ownership = requireReport(itemId);
        ActionItemDraft item = items.draft(itemId).orElseThrow(ConcurrentChangeException::new);
        if (item.getVersion() != draft.getItemVersion()) {
            throw new ConcurrentChangeException();
        }
        draft.setSummary(Texts.clean(draft.getSummary()));
        Checks checks = new Checks().addAll(BeanChecks.of(validator, draft));
        if (draft.getReportedOn() != null && draft.getReportedOn().isAfter(LocalDate.now(clock))) {
            checks.add("reportedOn", "progressReport.error.future");
        }
        if (draft.getStatus() != null && !item.getStatus().canMoveTo(draft.getStatus())) {
            checks.add("status", "actionItem.error.transition");
        }
        if (draft.getStatus() == ActionItemStatus.COMPLETED && draft.getProgress() != null
                && draft.getProgress() != 100) {
            checks.add("progress", "actionItem.error.completedNeedsAll");
        }
        List<Checked> checked = checkFiles(files == null ? List.of() : files, checks);
        checks.throwIfAny();

        String lightComment = draft.getTrafficLight().needsComment() ? draft.getSummary() : null;
        ConcurrentChangeException.requireOneRow(items.applyReport(itemId, draft.getItemVersion(), draft.getStatus(),
                draft.getProgress(), draft.getTrafficLight(), lightComment));
        long authorId = access.user().personId();
        long reportId = reports.insert(itemId, draft.getReportedOn(), authorId, draft.getStatus(),
                draft.getProgress(), draft.getTrafficLight(), draft.getSummary());
        audit.record(AuditRecord.of(AuditAction.REPORT, "PROGRESS_REPORT", reportId, item.getTitle())
                .actionItem(itemId).agreement(ownership.agreementId())
                .change("progressReport.reportedOn", null, draft.getReportedOn())
                .change("progressReport.summary", null, draft.getSummary())
                .change("actionItem.status", "actionItem.status.", item.getStatus(), draft.getStatus())
                .change("actionItem.progress", item.getProgress(), draft.getProgress())
                .change("actionItem.trafficLight", "actionItem.trafficLight.", item.getTrafficLight(),
                        draft.getTrafficLight()));
        for (Checked file : checked) {
            long attachmentId = reports.insertAttachment(itemId, reportId, file.name(), file.type(),
                    file.content(), sha256(file.content()), authorId);
            audit.record(AuditRecord.of(AuditAction.ATTACHMENT, "ATTACHMENT", attachmentId, file.name())
                    .actionItem(itemId).agreement(ownership.agreementId())
                    .change("attachment.fileName", null, file.name())
                    .change("attachment.mediaType", null, file.type())
                    .change("attachment.size", null, file.content().length));
        }
        return reportId;
    }

    private record Checked(String name, String type, byte[] content) {
    }

    private static List<Checked> checkFiles(List<UploadedFile> files, Checks checks) {
        if (files.size() > AttachmentTypes.MAX_FILES) {
            checks.add("attachments", "attachment.error.tooMany", AttachmentTypes.MAX_FILES);
            return List.of();
        }
        return files.stream().map(file -> {
            String name = AttachmentTypes.safeName(file.fileName());
            if (PersonalIdentityNumbers.containsAny(name)) {
                // the name is not repeated: it holds the number
                checks.add("attachments", "attachment.error.personalData");
                return null;
            }
            byte[] content = file.content() == null ? new byte[0] : file.content();
            if (content.length == 0) {
                checks.add("attachments", "attachment.error.empty", name);
                return null;
            }
            if (content.length > AttachmentTypes.MAX_BYTES) {
                checks.add("attachments", "attachment.error.tooLarge", name, AttachmentTypes.MAX_BYTES / 1024 / 1024);
                return null;
            }
            String type = AttachmentTypes.allowedType(name, content);
            if (type == null) {
                checks.add("attachments", "attachment.error.type", name);
                return null;
            }
            return new Checked(name, type, content);
        }).filter(c -> c != null).toList();
    }

    /** An attachment, for those who may read its item. */
    public Optional<AttachmentContent> openAttachment(long attachmentId) {
        return reports.itemOfAttachment(attachmentId).filter(access::canReadActionItem)
                .flatMap(itemId -> reports.attachment(attachmentId));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
