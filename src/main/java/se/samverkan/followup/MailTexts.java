package se.samverkan.followup;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of reminder mails, in Swedish or English, from this feature's bundle ({@code i18n/followup_*}) - the
 * same files the UI reads, so both languages are kept in step by the same test. Mails are written outside any UI
 * session, hence this small reader.
 */
final class MailTexts {

    private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

    private MailTexts() {
    }

    static String get(String language, String key, Object... args) {
        String lang = "en".equals(language) ? "en" : "sv";
        String pattern = BUNDLES.computeIfAbsent(lang, MailTexts::load).getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("missing mail text " + key + " (" + lang + ")");
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.of(lang)).format(args);
    }

    private static Properties load(String lang) {
        String path = "/i18n/followup_" + lang + ".properties";
        try (InputStream in = MailTexts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
