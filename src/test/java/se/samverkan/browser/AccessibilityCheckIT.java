package se.samverkan.browser;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

/** The axe-core check used by the browser tests can fail: it catches serious violations and passes clean pages. */
class AccessibilityCheckIT {

    @Test
    void seriousViolationsFailTheCheckAndCleanPagesPass() {
        try (BrowserSession browser = new BrowserSession()) {
            Page page = browser.newPage();
            page.setContent("<html><head><title>Test</title></head><body><main>"
                    + "<h1>Utan etiketter</h1><img src='karta.png'><input type='text'>"
                    + "<button></button></main></body></html>");
            assertThatThrownBy(() -> browser.assertAccessible(page, "a page with violations"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("image-alt").hasMessageContaining("button-name");

            page.setContent("<html lang='sv'><head><title>Test</title></head><body><main>"
                    + "<h1>Med etiketter</h1><img src='karta.png' alt='Karta över området'>"
                    + "<label for='namn'>Namn</label><input id='namn' type='text'>"
                    + "<button>Spara</button></main></body></html>");
            assertThatCode(() -> browser.assertAccessible(page, "a clean page")).doesNotThrowAnyException();
        }
    }
}
