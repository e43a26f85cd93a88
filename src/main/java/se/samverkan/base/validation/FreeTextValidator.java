package se.samverkan.base.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link FreeText}; each kind of problem has its own message. */
public class FreeTextValidator implements ConstraintValidator<FreeText, String> {

    private boolean multiline;

    @Override
    public void initialize(FreeText annotation) {
        multiline = annotation.multiline();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        String problem = Texts.problem(value, multiline);
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("{" + problem + "}").addConstraintViolation();
        return false;
    }
}
