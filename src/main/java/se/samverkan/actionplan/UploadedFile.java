package se.samverkan.actionplan;

/** A file as the browser sent it: the name the user gave it and its bytes. Its type is found from the bytes. */
public record UploadedFile(String fileName, byte[] content) {
}
