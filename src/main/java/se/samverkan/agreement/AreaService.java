package se.samverkan.agreement;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
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
import se.samverkan.base.validation.Texts;
import se.samverkan.base.validation.ValidationException;

/**
 * The prioritized areas of an agreement, as those who manage the agreement keep them: added last, edited, moved one
 * place up or down (numbered 1, 2, 3 … throughout), deleted only while nothing belongs to them. Every change is
 * refused when someone else saved in between, and written to the audit log in the same transaction.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AreaService {

    static final String ENTITY = "PRIORITY_AREA";

    private final AreaRepository areas;
    private final AgreementRepository agreementRepository;
    private final AgreementService agreements;
    private final List<AreaReferences> references;
    private final Validator validator;
    private final AuditService audit;

    AreaService(AreaRepository areas, AgreementRepository agreementRepository, AgreementService agreements,
            List<AreaReferences> references, Validator validator, AuditService audit) {
        this.areas = areas;
        this.agreementRepository = agreementRepository;
        this.agreements = agreements;
        this.references = references;
        this.validator = validator;
        this.audit = audit;
    }

    /** The agreement of the area, when the user manages it. */
    private long requireManage(long areaId) {
        long agreementId = agreements.agreementOfArea(areaId)
                .orElseThrow(() -> new AccessDeniedException("error.notAllowed"));
        requireManageAgreement(agreementId);
        return agreementId;
    }

    private void requireManageAgreement(long agreementId) {
        if (!agreements.canManage(agreementId)) {
            throw new AccessDeniedException("error.notAllowed");
        }
    }

    public Optional<AreaDraft> editDraft(long areaId) {
        requireManage(areaId);
        return areas.draft(areaId);
    }

    /** How many things (action items and the like) belong to the area; an area with any cannot be deleted. */
    public int countReferences(long areaId) {
        return references.stream().mapToInt(r -> r.countInArea(areaId)).sum();
    }

    @Transactional
    public long createArea(long agreementId, AreaDraft draft) {
        requireManageAgreement(agreementId);
        check(agreementId, null, draft);
        long id = areas.insert(agreementId, draft);
        int position = agreementRepository.areas(agreementId).stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow().position();
        audit.record(AuditRecord.of(AuditAction.CREATE, ENTITY, id, draft.getTitle()).agreement(agreementId)
                .change("area.title", null, draft.getTitle())
                .change("area.description", null, draft.getDescription())
                .change("area.position", null, position));
        return id;
    }

    @Transactional
    public void updateArea(long areaId, AreaDraft draft) {
        long agreementId = requireManage(areaId);
        AreaDraft before = areas.draft(areaId).orElseThrow(ConcurrentChangeException::new);
        if (before.getVersion() != draft.getVersion()) {
            throw new ConcurrentChangeException();
        }
        check(agreementId, areaId, draft);
        ConcurrentChangeException.requireOneRow(areas.update(areaId, draft));
        AuditRecord record = AuditRecord.of(AuditAction.UPDATE, ENTITY, areaId, draft.getTitle())
                .agreement(agreementId)
                .change("area.title", before.getTitle(), draft.getTitle())
                .change("area.description", before.getDescription(), draft.getDescription());
        if (record.hasChanges()) {
            audit.record(record);
        }
    }

    /** Swaps the area with the one above ({@code up}) or below it; at either end nothing happens. */
    @Transactional
    public void moveArea(long areaId, int version, boolean up) {
        long agreementId = requireManage(areaId);
        List<AreaOverview> order = agreementRepository.areas(agreementId);
        int from = -1;
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id() == areaId) {
                from = i;
            }
        }
        if (from < 0 || order.get(from).version() != version) {
            throw new ConcurrentChangeException();
        }
        int to = up ? from - 1 : from + 1;
        if (to < 0 || to >= order.size()) {
            return;
        }
        AreaOverview moved = order.get(from);
        AreaOverview other = order.get(to);
        ConcurrentChangeException.requireOneRow(areas.swap(agreementId, moved.id(), version, moved.position(),
                other.id(), other.position()));
        audit.record(AuditRecord.of(AuditAction.UPDATE, ENTITY, moved.id(), moved.title()).agreement(agreementId)
                .change("area.position", moved.position(), other.position()));
        audit.record(AuditRecord.of(AuditAction.UPDATE, ENTITY, other.id(), other.title()).agreement(agreementId)
                .change("area.position", other.position(), moved.position()));
    }

    /** Deletes an area that nothing belongs to; the areas after it move up one place. */
    @Transactional
    public void deleteArea(long areaId, int version) {
        long agreementId = requireManage(areaId);
        AreaOverview area = agreementRepository.areas(agreementId).stream().filter(a -> a.id() == areaId)
                .findFirst().orElseThrow(ConcurrentChangeException::new);
        int used = countReferences(areaId);
        if (used > 0) {
            throw ValidationException.of(null, "area.error.inUse", used);
        }
        try {
            ConcurrentChangeException.requireOneRow(areas.delete(agreementId, areaId, version, area.position()));
        } catch (DataIntegrityViolationException e) {
            // something of a feature that does not count itself here (an indicator, a follow-up) still refers to it
            throw ValidationException.of(null, "area.error.referenced");
        }
        audit.record(AuditRecord.of(AuditAction.DELETE, ENTITY, areaId, area.title()).agreement(agreementId)
                .change("area.title", area.title(), null)
                .change("area.description", area.description(), null)
                .change("area.position", area.position(), null));
    }

    private void check(long agreementId, Long areaId, AreaDraft d) {
        d.setTitle(Texts.clean(d.getTitle()));
        d.setDescription(Texts.clean(d.getDescription()));
        Checks checks = new Checks().addAll(BeanChecks.of(validator, d));
        if (d.getTitle() != null && !checks.hasErrorFor("title") && areas.titleTaken(agreementId, d.getTitle(), areaId)) {
            checks.add("title", "area.error.titleTaken");
        }
        checks.throwIfAny();
    }
}
