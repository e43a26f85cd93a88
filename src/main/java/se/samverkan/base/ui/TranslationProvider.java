package se.samverkan.base.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Every text of the UI comes from the bundles: {@code messages_sv} (default) and {@code messages_en} for what the
 * features share, plus one pair per feature under {@code i18n/} ({@code i18n/actionplan_sv.properties}, ...), so that
 * each feature owns its texts. A key lives in exactly one bundle. A missing key shows as {@code !key!} and is logged,
 * and a test keeps both languages in step.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale SWEDISH = Locale.of("sv");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final String BUNDLE = "messages";
    static final String FEATURE_BUNDLES = "classpath*:i18n/*_sv.properties";

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final Map<Locale, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(SWEDISH, ENGLISH);
    }

    /** Maps any locale to one the product speaks: English for English, Swedish for everything else. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : SWEDISH;
    }

    /** All texts of one language, from every bundle. */
    public static ResourceBundle bundle(Locale locale) {
        return BUNDLES.computeIfAbsent(supported(locale), TranslationProvider::load);
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

    private static ResourceBundle load(Locale locale) {
        Map<String, String> texts = new HashMap<>();
        String suffix = "_" + locale.getLanguage() + ".properties";
        read("/" + BUNDLE + suffix, texts);
        try {
            for (Resource swedish : new PathMatchingResourcePatternResolver().getResources(FEATURE_BUNDLES)) {
                String name = swedish.getFilename();
                read("/i18n/" + name.substring(0, name.length() - "_sv.properties".length()) + suffix, texts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the translation bundles", e);
        }
        return new MapBundle(texts);
    }

    private static void read(String path, Map<String, String> into) {
        try (InputStream in = TranslationProvider.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("translation bundle " + path + " is missing");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String key : properties.stringPropertyNames()) {
                if (into.put(key, properties.getProperty(key)) != null) {
                    throw new IllegalStateException("translation key " + key + " is defined twice (" + path + ")");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static final class MapBundle extends ResourceBundle {

        private final Map<String, String> texts;

        MapBundle(Map<String, String> texts) {
            this.texts = Map.copyOf(texts);
        }

        @Override
        protected Object handleGetObject(String key) {
            return texts.get(key);
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.enumeration(texts.keySet());
        }
    }
}
