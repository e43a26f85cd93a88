package se.samverkan.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of a file in one language: the UI hands in its bundle (all texts of the language), so that files are
 * written in the user's language without the services knowing the UI.
 */
public record ReportTexts(ResourceBundle bundle, Locale locale) {

    public String get(String key, Object... parameters) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return parameters.length == 0 ? pattern : new MessageFormat(pattern, locale).format(parameters);
    }

    boolean english() {
        return "en".equals(locale.getLanguage());
    }
}
