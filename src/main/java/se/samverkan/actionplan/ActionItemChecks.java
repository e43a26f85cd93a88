package se.samverkan.actionplan;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import jakarta.validation.Validator;
import se.samverkan.agreement.AgreementKind;
import se.samverkan.agreement.AgreementRef;
import se.samverkan.agreement.AgreementService;
import se.samverkan.base.validation.BeanChecks;
import se.samverkan.base.validation.Checks;
import se.samverkan.base.validation.Texts;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.organisation.PersonRef;

/**
 * The rules an action item must meet before it is saved: the form's constraints once more, and the rules that span
 * fields and tables. Cleans the draft's texts first (trimmed, composed, blank as none).
 */
@Component
class ActionItemChecks {

    private final Validator validator;
    private final ActionItemRepository items;
    private final TargetGroupRepository targetGroups;
    private final AgreementService agreements;
    private final OrganisationService organisations;

    ActionItemChecks(Validator validator, ActionItemRepository items, TargetGroupRepository targetGroups,
            AgreementService agreements, OrganisationService organisations) {
        this.validator = validator;
        this.items = items;
        this.targetGroups = targetGroups;
        this.agreements = agreements;
        this.organisations = organisations;
    }

    /**
     * Checks the draft; {@code before} is the saved item for an update, {@code null} for a new one.
     *
     * @return the agreement the item belongs to (that of its area)
     * @throws se.samverkan.base.validation.ValidationException with every problem found
     */
    long check(Long itemId, ActionItemDraft d, ActionItemDraft before) {
        clean(d);
        Checks checks = new Checks().addAll(BeanChecks.of(validator, d));
        Long agreementId = d.getAreaId() == null ? null
                : agreements.agreementOfArea(d.getAreaId()).filter(agreements::canRead).orElse(null);
        if (d.getAreaId() != null && agreementId == null) {
            checks.add("areaId", "actionItem.error.area");
        }
        checkPlanAndDates(d, agreementId, checks);
        checkPeople(d, before, checks);
        checkStatus(d, before, checks);
        checkTargetGroups(d, before, checks);
        checkResources(d, checks);
        checkBasis(itemId, d, checks);
        checks.throwIfAny();
        return agreementId;
    }

    private static void clean(ActionItemDraft d) {
        d.setTitle(Texts.clean(d.getTitle()));
        d.setDescription(Texts.clean(d.getDescription()));
        d.setTrafficLightComment(Texts.clean(d.getTrafficLightComment()));
        d.setNewWorkJustification(Texts.clean(d.getNewWorkJustification()));
        for (ResourceLine line : d.getResources()) {
            line.setComment(Texts.clean(line.getComment()));
        }
        for (BasisLine line : d.getBasis()) {
            line.setReference(Texts.clean(line.getReference()));
        }
        if (d.getTrafficLight() == TrafficLight.GREEN) {
            d.setTrafficLightComment(null);
        }
    }

    private void checkPlanAndDates(ActionItemDraft d, Long agreementId, Checks checks) {
        PlanRef plan = d.getActionPlanId() == null ? null : items.plan(d.getActionPlanId()).orElse(null);
        if (d.getActionPlanId() != null && (plan == null || agreementId == null || plan.agreementId() != agreementId)) {
            checks.add("actionPlanId", "actionItem.error.plan");
            plan = null;
        }
        if (d.getStartDate() != null && d.getDueDate() != null && d.getDueDate().isBefore(d.getStartDate())) {
            checks.add("dueDate", "actionItem.error.dueBeforeStart");
        }
        if (plan != null) {
            for (String field : List.of("startDate", "dueDate")) {
                LocalDate date = field.equals("startDate") ? d.getStartDate() : d.getDueDate();
                if (!plan.covers(date)) {
                    checks.add(field, "actionItem.error.outsidePlan", plan.periodStart().toString(),
                            plan.periodEnd().toString());
                }
            }
        }
    }

    private void checkPeople(ActionItemDraft d, ActionItemDraft before, Checks checks) {
        if (d.getLeadOrganisationId() != null && !organisations.organisationExists(d.getLeadOrganisationId())) {
            checks.add("leadOrganisationId", "actionItem.error.organisation");
        }
        checkPerson("responsiblePersonId", d.getResponsiblePersonId(),
                before == null ? null : before.getResponsiblePersonId(), checks);
        checkPerson("deputyPersonId", d.getDeputyPersonId(), before == null ? null : before.getDeputyPersonId(),
                checks);
        if (d.getDeputyPersonId() != null && d.getDeputyPersonId().equals(d.getResponsiblePersonId())) {
            checks.add("deputyPersonId", "actionItem.error.deputyIsResponsible");
        }
        Set<Long> coOwners = new LinkedHashSet<>(d.getCoOwnerIds());
        if (d.getLeadOrganisationId() != null && coOwners.contains(d.getLeadOrganisationId())) {
            checks.add("coOwnerIds", "actionItem.error.coOwnerIsLead");
        }
        for (Long id : coOwners) {
            if (id == null || !organisations.organisationExists(id)) {
                checks.add("coOwnerIds", "actionItem.error.organisation");
                break;
            }
        }
    }

    /** A new or changed person must exist and be active; one already on the item may stay after leaving. */
    private void checkPerson(String field, Long id, Long previous, Checks checks) {
        if (id == null || id.equals(previous)) {
            return;
        }
        PersonRef person = organisations.findPerson(id).orElse(null);
        if (person == null || !person.active()) {
            checks.add(field, "actionItem.error.person");
        }
    }

    private static void checkStatus(ActionItemDraft d, ActionItemDraft before, Checks checks) {
        if (d.getStatus() == null || d.getProgress() == null) {
            return;
        }
        if (before != null && !before.getStatus().canMoveTo(d.getStatus())) {
            checks.add("status", "actionItem.error.transition");
        }
        if (d.getStatus() == ActionItemStatus.COMPLETED && d.getProgress() != 100) {
            checks.add("progress", "actionItem.error.completedNeedsAll");
        }
        if (d.getTrafficLight() != null && d.getTrafficLight().needsComment() && d.getTrafficLightComment() == null) {
            checks.add("trafficLightComment", "actionItem.error.lightComment");
        }
    }

    private void checkTargetGroups(ActionItemDraft d, ActionItemDraft before, Checks checks) {
        Set<Long> added = new HashSet<>(d.getTargetGroupIds());
        if (before != null) {
            added.removeAll(before.getTargetGroupIds());
        }
        if (added.contains(null) || (!added.isEmpty() && !targetGroups.activeAmong(added).containsAll(added))) {
            checks.add("targetGroupIds", "actionItem.error.targetGroup");
        }
    }

    private static void checkResources(ActionItemDraft d, Checks checks) {
        Set<String> seen = new HashSet<>();
        List<ResourceLine> lines = d.getResources();
        for (int i = 0; i < lines.size(); i++) {
            ResourceLine line = lines.get(i);
            if (line == null) {
                checks.add("resources", "actionItem.error.resourceEmpty");
                continue;
            }
            if (line.isEmpty()) {
                checks.add("resources[" + i + "]", "actionItem.error.resourceEmpty");
            }
            if (line.getAgency() != null && line.getFunding() != null
                    && !seen.add(line.getAgency() + "/" + line.getFunding())) {
                checks.add("resources[" + i + "]", "actionItem.error.resourceDuplicate");
            }
        }
    }

    private void checkBasis(Long itemId, ActionItemDraft d, Checks checks) {
        List<BasisLine> lines = d.getBasis();
        for (int i = 0; i < lines.size(); i++) {
            BasisLine line = lines.get(i);
            String field = "basis[" + i + "]";
            if (line == null || line.getKind() == null) {
                checks.add(field, "actionItem.error.basis");
                continue;
            }
            switch (line.getKind()) {
                case INITIATIVE, ILS -> {
                    line.setLinkedActionItemId(null);
                    line.setLinkedAgreementId(null);
                    checks.require(line.getReference() != null, field, "actionItem.error.basisReference");
                }
                case ACTION_ITEM -> {
                    line.setLinkedAgreementId(null);
                    Long linked = line.getLinkedActionItemId();
                    boolean ok = linked != null && !linked.equals(itemId)
                            && items.ownership(linked).map(o -> agreements.canRead(o.agreementId())).orElse(false);
                    checks.require(ok, field, "actionItem.error.basisItem");
                }
                case CITIZEN_PROMISE -> {
                    line.setLinkedActionItemId(null);
                    Long linked = line.getLinkedAgreementId();
                    AgreementRef promise = linked == null ? null : agreements.findRef(linked).orElse(null);
                    checks.require(promise != null && promise.kind() == AgreementKind.CITIZEN_PROMISE, field,
                            "actionItem.error.basisPromise");
                }
            }
        }
        if (lines.isEmpty() && d.getNewWorkJustification() == null) {
            checks.add("newWorkJustification", "actionItem.error.justification");
        }
    }
}
