package se.samverkan.base.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.MessageInterpolator;

/**
 * Interpolates Bean Validation messages from the application's bundles: a template {@code {key}} becomes the text of
 * {@code key} in the user's language, with the constraint's {@code max} and {@code min} (or {@code value}) as
 * parameters {0} and {1}. Configured in {@code META-INF/validation.xml}; Vaadin's binder uses it at the fields.
 */
public class BundleMessageInterpolator implements MessageInterpolator {

    private final TranslationProvider translations = new TranslationProvider();

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, TranslationProvider.SWEDISH);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        if (template == null || !template.startsWith("{") || !template.endsWith("}")) {
            return template;
        }
        String key = template.substring(1, template.length() - 1);
        return translations.getTranslation(key, locale, parameters(context).toArray());
    }

    static List<Object> parameters(Context context) {
        Map<String, Object> attributes = context.getConstraintDescriptor().getAttributes();
        if (attributes.containsKey("max") && attributes.containsKey("min")) {
            return List.of(attributes.get("max"), attributes.get("min"));
        }
        if (attributes.containsKey("value")) {
            return List.of(attributes.get("value"));
        }
        return List.of();
    }
}
