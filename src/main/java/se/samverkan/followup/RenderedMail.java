package se.samverkan.followup;

/** A mail ready for the outbox: subject, plain text and HTML. */
record RenderedMail(String subject, String text, String html) {
}
