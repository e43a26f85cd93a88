package se.samverkan.actionplan;

import java.time.LocalDate;
import java.util.List;

/** Everything the action item page shows. */
public record ActionItemDetails(long id, String title, String description, long agreementId, String agreementTitle,
        long areaId, int areaPosition, String areaTitle, String planTitle, String leadOrganisation,
        String responsibleName, String responsibleEmail, List<String> coOwners, LocalDate startDate,
        LocalDate dueDate, ActionItemStatus status, int progress, int version, boolean overdue,
        List<ProgressReportSummary> reports) {
}
