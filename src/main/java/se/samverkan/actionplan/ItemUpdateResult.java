package se.samverkan.actionplan;

import java.util.List;

import se.samverkan.base.validation.FieldError;

/**
 * What a bulk update would do to one item: the fields that change (before and after) or, when it is refused, every
 * reason, each a message key with its field ({@code status}, {@code progress}, {@code trafficLight},
 * {@code trafficLightComment}, {@code version}, {@code itemId}, or none for the whole row).
 */
public record ItemUpdateResult(int row, long itemId, String title, List<Change> changes, List<FieldError> errors) {

    public ItemUpdateResult {
        changes = List.copyOf(changes);
        errors = List.copyOf(errors);
    }

    /** One changed field: its label's message key, and the values (enum names for status and traffic light). */
    public record Change(String field, Object before, Object after) {
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public boolean changesSomething() {
        return ok() && !changes.isEmpty();
    }
}
