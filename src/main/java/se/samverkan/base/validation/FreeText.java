package se.samverkan.base.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Text typed by a user: no Swedish personal identity or coordination number (the tracker must not hold personal data
 * about victims or suspects) and no invisible control characters (bidirectional overrides and the like, which can make
 * a text read differently from what it says). Line breaks are allowed where {@link #multiline()} is true.
 */
@Documented
@Constraint(validatedBy = FreeTextValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface FreeText {

    String message() default "{validation.freeText}";

    boolean multiline() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
