package se.samverkan.base.validation;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Runs the Bean Validation constraints of a form bean in a service, the same ones the UI's binder shows at the
 * fields, and turns each violation into a {@link FieldError} with the constraint's message key.
 */
public final class BeanChecks {

    private BeanChecks() {
    }

    public static <T> List<FieldError> of(Validator validator, T bean) {
        Set<ConstraintViolation<T>> violations = validator.validate(bean);
        return violations.stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> new FieldError(v.getPropertyPath().toString(), key(v.getMessageTemplate()),
                        parameters(v)))
                .toList();
    }

    private static String key(String template) {
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
                : template;
    }

    /** The constraint's max and min, for messages such as "at most {0} characters". */
    private static List<Object> parameters(ConstraintViolation<?> violation) {
        var attributes = violation.getConstraintDescriptor().getAttributes();
        if (attributes.containsKey("max") && attributes.containsKey("min")) {
            return List.of(attributes.get("max"), attributes.get("min"));
        }
        if (attributes.containsKey("value")) {
            return List.of(attributes.get("value"));
        }
        return List.of();
    }
}
