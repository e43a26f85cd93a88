package se.samverkan.base.db;

/**
 * Someone else saved the same thing after it was read (its version moved on): nothing was written. The message is a
 * key the UI translates; the user reloads and tries again.
 */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException() {
        super("error.concurrentChange");
    }

    /** Throws unless exactly one row was updated by a statement that matched on the expected version. */
    public static void requireOneRow(int updatedRows) {
        if (updatedRows != 1) {
            throw new ConcurrentChangeException();
        }
    }
}
