package se.samverkan.base.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Every text of the UI comes from the bundles {@code messages_sv} (default) and {@code messages_en}.
 * A missing key shows as {@code !key!} and is logged, and a test keeps both bundles in step.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale SWEDISH = Locale.of("sv");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final String BUNDLE = "messages";

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(SWEDISH, ENGLISH);
    }

    /** Maps any locale to one the product speaks: English for English, Swedish for everything else. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : SWEDISH;
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, supported(locale), NO_FALLBACK);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing translation {} for {}", key, supported(locale));
            return "!" + key + "!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
    }
}
