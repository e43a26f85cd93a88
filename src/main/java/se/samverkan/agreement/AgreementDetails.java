package se.samverkan.agreement;

import java.time.LocalDate;
import java.util.List;

/** Everything the agreement page shows about one agreement. */
public record AgreementDetails(long id, AgreementKind kind, String title, String diaryNumber, String summary,
        LocalDate periodStart, LocalDate periodEnd, AgreementStatus status, LocalDate adoptedOn, String adoptedBy,
        AgreementRef parent, List<Party> parties, List<AgreementRef> children, boolean manageable) {

    public record Party(long organisationId, String name, String agency) {
    }
}
