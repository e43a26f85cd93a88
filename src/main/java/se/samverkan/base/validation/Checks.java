package se.samverkan.base.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems a service finds in its input, so that the user learns all of them at once. */
public final class Checks {

    private final List<FieldError> errors = new ArrayList<>();

    public Checks add(String field, String messageKey, Object... parameters) {
        errors.add(FieldError.of(field, messageKey, parameters));
        return this;
    }

    /** Adds the error when the condition does not hold. */
    public Checks require(boolean condition, String field, String messageKey, Object... parameters) {
        if (!condition) {
            add(field, messageKey, parameters);
        }
        return this;
    }

    public Checks addAll(List<FieldError> more) {
        errors.addAll(more);
        return this;
    }

    public boolean hasErrorFor(String field) {
        return errors.stream().anyMatch(e -> field.equals(e.field()));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Throws a {@link ValidationException} with everything found, if anything was. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
