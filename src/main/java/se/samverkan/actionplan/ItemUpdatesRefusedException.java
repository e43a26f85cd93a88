package se.samverkan.actionplan;

import java.util.List;

/** A bulk update was refused because at least one row was; nothing was written. Carries every row's result. */
public class ItemUpdatesRefusedException extends RuntimeException {

    private final transient List<ItemUpdateResult> results;

    public ItemUpdatesRefusedException(List<ItemUpdateResult> results) {
        super("import.error.refused");
        this.results = List.copyOf(results);
    }

    public List<ItemUpdateResult> results() {
        return results;
    }
}
