package se.samverkan.actionplan;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.samverkan.agreement.AgreementService;
import se.samverkan.audit.AuditRecord;
import se.samverkan.organisation.OrganisationRef;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.organisation.PersonRef;

/**
 * Describes an item's fields for the audit log the way people read them: names rather than ids, one line per list.
 * Field names are the message keys of the field labels.
 */
@Component
class ItemSnapshots {

    private final ActionItemRepository items;
    private final TargetGroupRepository targetGroups;
    private final OrganisationService organisations;
    private final AgreementService agreements;

    ItemSnapshots(ActionItemRepository items, TargetGroupRepository targetGroups, OrganisationService organisations,
            AgreementService agreements) {
        this.items = items;
        this.targetGroups = targetGroups;
        this.organisations = organisations;
        this.agreements = agreements;
    }

    /** Adds every field that differs between before and after (either may be null: creation, deletion). */
    void describe(ActionItemDraft before, ActionItemDraft after, AuditRecord record) {
        Map<Long, String> organisationNames = organisations.findOrganisations().stream()
                .collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name));
        Map<Long, String> groupNames = targetGroups.all(false).stream()
                .collect(Collectors.toMap(TargetGroupRef::id, TargetGroupRef::nameSv));
        field(record, "actionItem.titleField", before, after, ActionItemDraft::getTitle);
        field(record, "actionItem.description", before, after, ActionItemDraft::getDescription);
        field(record, "actionItem.area", before, after, d -> areaName(d.getAreaId()));
        field(record, "actionItem.plan", before, after,
                d -> d.getActionPlanId() == null ? null : items.plan(d.getActionPlanId()).map(PlanRef::title).orElse(null));
        field(record, "actionItem.lead", before, after, d -> organisationNames.get(d.getLeadOrganisationId()));
        field(record, "actionItem.responsible", before, after, d -> personName(d.getResponsiblePersonId()));
        field(record, "actionItem.deputy", before, after, d -> personName(d.getDeputyPersonId()));
        field(record, "actionItem.coOwners", before, after, d -> names(d.getCoOwnerIds(), organisationNames));
        field(record, "actionItem.startDate", before, after, ActionItemDraft::getStartDate);
        field(record, "actionItem.dueDate", before, after, ActionItemDraft::getDueDate);
        enumField(record, "actionItem.status", "actionItem.status.", before, after, ActionItemDraft::getStatus);
        field(record, "actionItem.progress", before, after, ActionItemDraft::getProgress);
        enumField(record, "actionItem.trafficLight", "actionItem.trafficLight.", before, after,
                ActionItemDraft::getTrafficLight);
        field(record, "actionItem.trafficLightComment", before, after, ActionItemDraft::getTrafficLightComment);
        field(record, "actionItem.targetGroups", before, after, d -> names(d.getTargetGroupIds(), groupNames));
        field(record, "actionItem.resources", before, after, d -> resources(d.getResources()));
        field(record, "actionItem.basis", before, after, d -> basis(d.getBasis()));
        field(record, "actionItem.newWorkJustification", before, after, ActionItemDraft::getNewWorkJustification);
        enumField(record, "actionItem.publishable", "yesNo.", before, after, d -> d.isPublishable() ? "YES" : "NO");
    }

    private static void field(AuditRecord record, String key, ActionItemDraft before, ActionItemDraft after,
            Function<ActionItemDraft, Object> value) {
        record.change(key, before == null ? null : value.apply(before), after == null ? null : value.apply(after));
    }

    private static void enumField(AuditRecord record, String key, String prefix, ActionItemDraft before,
            ActionItemDraft after, Function<ActionItemDraft, Object> value) {
        record.change(key, prefix, before == null ? null : value.apply(before),
                after == null ? null : value.apply(after));
    }

    private String areaName(Long areaId) {
        return areaId == null ? null
                : agreements.findArea(areaId).map(a -> a.position() + ". " + a.title()).orElse(String.valueOf(areaId));
    }

    private String personName(Long personId) {
        return personId == null ? null
                : organisations.findPerson(personId).map(PersonRef::displayName).orElse(String.valueOf(personId));
    }

    private static String names(Collection<Long> ids, Map<Long, String> names) {
        return ids.stream().map(id -> names.getOrDefault(id, String.valueOf(id))).sorted()
                .collect(Collectors.joining(", "));
    }

    private static String resources(List<ResourceLine> lines) {
        return lines.stream().map(l -> l.getAgency() + "/" + l.getFunding() + ": "
                + amount(l.getHours(), " h") + amount(l.getFte(), " FTE") + amount(l.getAmountSek(), " SEK")
                + (l.getComment() == null ? "" : " (" + l.getComment() + ")"))
                .map(String::strip).collect(Collectors.joining("; "));
    }

    private static String amount(BigDecimal value, String unit) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString() + unit + " ";
    }

    private String basis(List<BasisLine> lines) {
        return lines.stream().map(l -> l.getKind() + ": " + Objects.requireNonNullElse(switch (l.getKind()) {
            case INITIATIVE, ILS -> l.getReference();
            case ACTION_ITEM -> l.getLinkedActionItemId() == null ? null
                    : items.title(l.getLinkedActionItemId()).orElse(String.valueOf(l.getLinkedActionItemId()));
            case CITIZEN_PROMISE -> l.getLinkedAgreementId() == null ? null
                    : agreements.findRef(l.getLinkedAgreementId()).map(r -> r.title())
                            .orElse(String.valueOf(l.getLinkedAgreementId()));
        }, "")).collect(Collectors.joining("; "));
    }

}
