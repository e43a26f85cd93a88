package se.samverkan.followup;

/** A decision taken at a follow-up, and the action item it created, if any. */
public record Decision(long id, String text, Long actionItemId, String actionItemTitle) {
}
