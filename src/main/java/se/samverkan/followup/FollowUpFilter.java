package se.samverkan.followup;

/** Which follow-ups a list shows: of one agreement or all readable ones, upcoming only or past ones too. */
public record FollowUpFilter(Long agreementId, boolean includePast) {

    public static FollowUpFilter upcoming() {
        return new FollowUpFilter(null, false);
    }
}
