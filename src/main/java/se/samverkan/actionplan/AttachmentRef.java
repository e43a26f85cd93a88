package se.samverkan.actionplan;

/** An attachment's name, type and size; its content is read only when it is downloaded. */
public record AttachmentRef(long id, String fileName, String mediaType, int sizeBytes) {
}
