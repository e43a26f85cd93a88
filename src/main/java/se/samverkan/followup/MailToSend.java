package se.samverkan.followup;

/** A claimed mail on its way to the SMTP server. */
record MailToSend(long id, String recipient, String subject, String text, String html, String messageId,
        int attempts, String claim) {
}
