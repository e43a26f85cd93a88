package se.samverkan.base.validation;

import java.util.List;

/**
 * One refusal: the field it concerns ({@code null} for the whole form), the message key that explains it, and the
 * key's parameters.
 */
public record FieldError(String field, String messageKey, List<Object> parameters) {

    public FieldError {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }

    public static FieldError of(String field, String messageKey, Object... parameters) {
        return new FieldError(field, messageKey, List.of(parameters));
    }
}
