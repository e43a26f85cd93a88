package se.samverkan.consultation;

/** A remark linked to an agreement, area or action item, with the round and the body it came from. */
public record RaisedRemark(long remarkId, String text, Handling handling, long roundId, String roundTitle,
        long answerId, String organisationName, long roundAgreementId) {
}
