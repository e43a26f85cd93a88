package se.samverkan.base.validation;

import java.util.List;

/**
 * A service refused its input. Carries every problem found, each with the field it concerns and a message key the UI
 * translates; nothing has been written. {@link #getMessage()} is the first key, so callers that only show one message
 * can translate it directly.
 */
public class ValidationException extends IllegalArgumentException {

    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.isEmpty() ? "validation.failed" : errors.getFirst().messageKey());
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, String messageKey, Object... parameters) {
        return new ValidationException(List.of(FieldError.of(field, messageKey, parameters)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
