package se.samverkan.agreement;

/** A prioritized area and the agreement it belongs to. */
public record AreaDetails(long id, int position, String title, String description, long agreementId,
        String agreementTitle, boolean manageable) {
}
