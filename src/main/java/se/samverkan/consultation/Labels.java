package se.samverkan.consultation;

/** Texts in the reader's language for documents this feature writes: a message key and its parameters. */
@FunctionalInterface
public interface Labels {

    String text(String key, Object... parameters);
}
