package se.samverkan.browser;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.browser.BrowserSession.open;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;

import se.samverkan.WebIntegrationTest;

/**
 * The check every browser test makes on every page it visits can fail: an inline script that a page does not own is
 * refused by the Content-Security-Policy, and the check reports the violation.
 */
@WebIntegrationTest
class ContentSecurityPolicyIT {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void anInjectedInlineScriptIsRefusedAndReported() {
        Page page = browser.newPage();
        open(page, "http://localhost:" + port + "/login");
        page.waitForFunction("() => document.querySelector('vaadin-login-form') !== null");
        assertThatCode(() -> browser.assertSecure(page, "the login page")).doesNotThrowAnyException();

        // what an injection would do: an inline script without the page's nonce
        page.evaluate("() => { const s = document.createElement('script'); "
                + "s.textContent = 'window.__injected = true'; document.head.appendChild(s); }");
        page.waitForFunction("() => window.__cspViolations.length > 0");

        assertThatThrownBy(() -> browser.assertSecure(page, "the login page with an injected script"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("script-src");
        assertThatCode(() -> page.evaluate("() => { if (window.__injected) throw new Error('it ran'); }"))
                .doesNotThrowAnyException();
    }
}
