package se.samverkan.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

/**
 * The offline page is static (the service worker shows it when the server cannot be reached), so it carries both
 * languages itself. It must say what the bundles say, and the manifest's description what the login page says.
 */
class OfflinePageTest {

    private static String offlinePage() throws IOException {
        try (InputStream in = OfflinePageTest.class.getResourceAsStream("/META-INF/resources/offline.html")) {
            assertThat(in).as("META-INF/resources/offline.html").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theOfflinePageSaysInBothLanguagesWhatTheBundlesSay() throws IOException {
        String page = offlinePage();
        ResourceBundle swedish = TranslationProvider.bundle(TranslationProvider.SWEDISH);
        ResourceBundle english = TranslationProvider.bundle(TranslationProvider.ENGLISH);
        for (String key : new String[] { "offline.title", "offline.message", "offline.retry" }) {
            assertThat(page).as("sv " + key).contains(">" + swedish.getString(key) + "<");
            assertThat(page).as("en " + key).contains(">" + english.getString(key) + "<");
        }
        assertThat(page).contains("<html lang=\"sv\">", "<section lang=\"en\">");
        // the part after lang="en" is the English one
        assertThat(page.substring(page.indexOf("lang=\"en\""))).contains(english.getString("offline.title"))
                .doesNotContain(swedish.getString("offline.title"));
    }

    @Test
    void theOfflinePageNeedsNothingFromTheServer() throws IOException {
        // no stylesheet, script or image to fetch: there is no connection when it shows
        assertThat(offlinePage()).doesNotContain("src=", "<link", "url(");
    }

    @Test
    void theAppDescriptionIsTheLoginTagline() {
        assertThat(AppShell.DESCRIPTION)
                .isEqualTo(TranslationProvider.bundle(TranslationProvider.SWEDISH).getString("login.tagline"));
    }
}
