package se.samverkan.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import se.samverkan.organisation.Agency;

/** Everything the action item page shows, and what the signed-in user may do with the item. */
public record ActionItemDetails(long id, String title, String description, long agreementId, String agreementTitle,
        long areaId, int areaPosition, String areaTitle, long planId, String planTitle, long leadOrganisationId,
        String leadOrganisation, Contact responsible, Contact deputy, List<String> coOwners, LocalDate startDate,
        LocalDate dueDate, ActionItemStatus status, int progress, TrafficLight trafficLight,
        String trafficLightComment, List<TargetGroupRef> targetGroups, List<Resource> resources, List<Basis> basis,
        String newWorkJustification, boolean publishable, int version, boolean overdue,
        List<ProgressReportSummary> reports, ItemPermissions permissions) {

    public record Contact(long personId, String name, String email) {
    }

    public record Resource(Agency agency, Funding funding, BigDecimal hours, BigDecimal fte, BigDecimal amountSek,
            String comment) {
    }

    /** Existing work the item builds on, with the titles of what it links to. */
    public record Basis(BasisKind kind, String reference, Long linkedActionItemId, String linkedActionItemTitle,
            Long linkedAgreementId, String linkedAgreementTitle) {
    }

    ActionItemDetails withPermissions(ItemPermissions granted) {
        return new ActionItemDetails(id, title, description, agreementId, agreementTitle, areaId, areaPosition,
                areaTitle, planId, planTitle, leadOrganisationId, leadOrganisation, responsible, deputy, coOwners,
                startDate, dueDate, status, progress, trafficLight, trafficLightComment, targetGroups, resources,
                basis, newWorkJustification, publishable, version, overdue, reports, granted);
    }
}
