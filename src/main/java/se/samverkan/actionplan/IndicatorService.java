package se.samverkan.actionplan;

import java.time.Clock;
import java.time.LocalDate;
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
import se.samverkan.base.validation.Texts;

/**
 * Indicators (of an agreement, an area or an item: baseline, target, direction, optionally split by gender) and their
 * measurements. Those who may edit an item define and measure its indicators; the agreement's managers and
 * administrators those of agreements and areas.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class IndicatorService {

    private static final String ENTITY = "INDICATOR";

    private final IndicatorRepository indicators;
    private final ActionItemRepository items;
    private final ActionItemAccess access;
    private final AuditService audit;
    private final Validator validator;
    private final Clock clock;

    IndicatorService(IndicatorRepository indicators, ActionItemRepository items, ActionItemAccess access,
            AuditService audit, Validator validator, Clock clock) {
        this.indicators = indicators;
        this.items = items;
        this.access = access;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    public List<IndicatorSummary> findOfAgreement(long agreementId) {
        return readable(agreementId) ? indicators.list(IndicatorRepository.ofAgreementOnly(agreementId)) : List.of();
    }

    public List<IndicatorSummary> findOfArea(long areaId) {
        return access.agreementOfArea(areaId).isPresent() ? indicators.list(IndicatorRepository.ofArea(areaId))
                : List.of();
    }

    public List<IndicatorSummary> findOfItem(long itemId) {
        return access.canReadActionItem(itemId) ? indicators.list(IndicatorRepository.ofItem(itemId)) : List.of();
    }

    private boolean readable(long agreementId) {
        return access.readScope().contains(agreementId);
    }

    public Optional<IndicatorDetails> findIndicator(long id) {
        return indicators.draft(id).filter(d -> readable(d.getAgreementId()))
                .flatMap(d -> indicators.find(id, canEdit(d)));
    }

    /** The indicator as its form edits it, for those who may change it. */
    public IndicatorDraft findDraft(long id) {
        return requireEditable(id);
    }

    /** Whether the user may define, change and measure an indicator owned as in the draft. */
    public boolean canEdit(IndicatorDraft owner) {
        if (owner.getActionItemId() != null) {
            return items.ownership(owner.getActionItemId()).map(o -> access.permissions(o).edit()).orElse(false);
        }
        return owner.getAgreementId() != null && access.canManageAgreement(owner.getAgreementId());
    }

    /** A new indicator's form for an agreement, area or item (exactly one of them given). */
    public IndicatorDraft newDraft(Long agreementId, Long areaId, Long itemId) {
        IndicatorDraft draft = new IndicatorDraft();
        if (itemId != null) {
            draft.setActionItemId(itemId);
            draft.setAgreementId(items.ownership(itemId).map(ItemOwnership::agreementId).orElse(null));
        } else if (areaId != null) {
            draft.setAreaId(areaId);
            draft.setAgreementId(access.agreementOfArea(areaId).orElse(null));
        } else {
            draft.setAgreementId(agreementId);
        }
        if (draft.getAgreementId() == null || !readable(draft.getAgreementId()) || !canEdit(draft)) {
            throw new AccessDeniedException("error.notAllowed");
        }
        return draft;
    }

    @Transactional
    public long createIndicator(IndicatorDraft draft) {
        IndicatorDraft owner = newDraft(draft.getAreaId() == null && draft.getActionItemId() == null
                ? draft.getAgreementId() : null, draft.getActionItemId() == null ? draft.getAreaId() : null,
                draft.getActionItemId());
        draft.setAgreementId(owner.getAgreementId());
        check(draft, false);
        long id = indicators.insert(draft);
        audit.record(describe(AuditRecord.of(AuditAction.CREATE, ENTITY, id, draft.getName()), null, draft)
                .actionItem(draft.getActionItemId()).agreement(draft.getAgreementId()));
        return id;
    }

    @Transactional
    public void updateIndicator(long id, IndicatorDraft draft) {
        IndicatorDraft before = requireEditable(id);
        draft.setAgreementId(before.getAgreementId());
        draft.setAreaId(before.getAreaId());
        draft.setActionItemId(before.getActionItemId());
        check(draft, before.getSplit() != draft.getSplit() && draft.getSplit() == IndicatorSplit.NONE
                && indicators.hasSplitMeasurements(id));
        ConcurrentChangeException.requireOneRow(indicators.update(id, draft));
        AuditRecord record = describe(AuditRecord.of(AuditAction.UPDATE, ENTITY, id, draft.getName()), before, draft)
                .actionItem(before.getActionItemId()).agreement(before.getAgreementId());
        if (record.hasChanges()) {
            audit.record(record);
        }
    }

    private IndicatorDraft requireEditable(long id) {
        IndicatorDraft indicator = indicators.draft(id).filter(d -> readable(d.getAgreementId()))
                .orElseThrow(() -> new AccessDeniedException("error.notAllowed"));
        if (!canEdit(indicator)) {
            throw new AccessDeniedException("error.notAllowed");
        }
        return indicator;
    }

    private void check(IndicatorDraft d, boolean dropsSplitMeasurements) {
        d.setName(Texts.clean(d.getName()));
        d.setUnit(Texts.clean(d.getUnit()));
        d.setDescription(Texts.clean(d.getDescription()));
        Checks checks = new Checks().addAll(BeanChecks.of(validator, d));
        checks.require((d.getBaselineValue() == null) == (d.getBaselineDate() == null), "baselineValue",
                "indicator.error.baseline");
        checks.require((d.getTargetValue() == null) == (d.getTargetDate() == null), "targetValue",
                "indicator.error.target");
        if (d.getBaselineDate() != null && d.getTargetDate() != null) {
            checks.require(!d.getTargetDate().isBefore(d.getBaselineDate()), "targetDate",
                    "indicator.error.targetBeforeBaseline");
        }
        checks.require(!dropsSplitMeasurements, "split", "indicator.error.splitInUse");
        checks.throwIfAny();
    }

    private static AuditRecord describe(AuditRecord record, IndicatorDraft before, IndicatorDraft after) {
        return record
                .change("indicator.name", before == null ? null : before.getName(), after.getName())
                .change("indicator.description", before == null ? null : before.getDescription(),
                        after.getDescription())
                .change("indicator.unit", before == null ? null : before.getUnit(), after.getUnit())
                .change("indicator.direction", "indicator.direction.", before == null ? null : before.getDirection(),
                        after.getDirection())
                .change("indicator.split", "indicator.split.", before == null ? null : before.getSplit(),
                        after.getSplit())
                .change("indicator.baseline", before == null ? null : point(before.getBaselineValue(),
                        before.getBaselineDate()), point(after.getBaselineValue(), after.getBaselineDate()))
                .change("indicator.target", before == null ? null : point(before.getTargetValue(),
                        before.getTargetDate()), point(after.getTargetValue(), after.getTargetDate()));
    }

    private static String point(java.math.BigDecimal value, LocalDate date) {
        return value == null ? null : value.stripTrailingZeros().toPlainString() + " (" + date + ")";
    }

    /** Records a measurement; one value per date and series. */
    @Transactional
    public long addMeasurement(long indicatorId, MeasurementDraft draft) {
        IndicatorDraft indicator = requireEditable(indicatorId);
        draft.setComment(Texts.clean(draft.getComment()));
        Checks checks = new Checks().addAll(BeanChecks.of(validator, draft));
        if (draft.getSeries() != null && !indicator.getSplit().series().contains(draft.getSeries())) {
            checks.add("series", "indicator.error.series");
        }
        if (draft.getMeasuredOn() != null && draft.getMeasuredOn().isAfter(LocalDate.now(clock))) {
            checks.add("measuredOn", "indicator.error.future");
        }
        if (draft.getMeasuredOn() != null && draft.getSeries() != null
                && indicators.hasMeasurement(indicatorId, draft.getMeasuredOn(), draft.getSeries())) {
            checks.add("measuredOn", "indicator.error.duplicate");
        }
        checks.throwIfAny();
        long id = indicators.insertMeasurement(indicatorId, draft, access.user().personId());
        audit.record(AuditRecord.of(AuditAction.MEASUREMENT, ENTITY, indicatorId, indicator.getName())
                .actionItem(indicator.getActionItemId()).agreement(indicator.getAgreementId())
                .change("measurement.measuredOn", null, draft.getMeasuredOn())
                .change("measurement.series", "indicator.series.", null, draft.getSeries())
                .change("measurement.value", null, draft.getValue().stripTrailingZeros().toPlainString())
                .change("measurement.comment", null, draft.getComment()));
        return id;
    }

    /** Removes a measurement entered by mistake. */
    @Transactional
    public void deleteMeasurement(long measurementId) {
        long indicatorId = indicators.indicatorOfMeasurement(measurementId)
                .orElseThrow(ConcurrentChangeException::new);
        IndicatorDraft indicator = requireEditable(indicatorId);
        IndicatorDetails.Measurement m = indicators.measurement(measurementId).orElseThrow();
        ConcurrentChangeException.requireOneRow(indicators.deleteMeasurement(measurementId));
        audit.record(AuditRecord.of(AuditAction.DELETE, "MEASUREMENT", measurementId, indicator.getName())
                .actionItem(indicator.getActionItemId()).agreement(indicator.getAgreementId())
                .change("measurement.measuredOn", m.measuredOn(), null)
                .change("measurement.series", "indicator.series.", m.series(), null)
                .change("measurement.value", m.value().stripTrailingZeros().toPlainString(), null));
    }

}
