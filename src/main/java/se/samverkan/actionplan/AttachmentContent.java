package se.samverkan.actionplan;

/** An attachment to download. */
public record AttachmentContent(String fileName, String mediaType, byte[] content) {
}
