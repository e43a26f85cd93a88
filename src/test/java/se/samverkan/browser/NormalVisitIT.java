package se.samverkan.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.browser.BrowserSession.open;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

import se.samverkan.WebIntegrationTest;
import se.samverkan.bench.CountingRelay;

/**
 * A coordinator's normal visit in Chromium with a profile of its own, counted on the wire: no request answers 4xx or
 * 5xx, the console stays clean, the login page stays under the phone budget, a second visit takes every static file
 * from the cache, Chromium may install the app, and without a connection the offline page shows.
 */
@WebIntegrationTest
class NormalVisitIT {

    /** From the issue: the login page on a cold cache, for a phone on a slow connection. */
    private static final long LOGIN_PAGE_BUDGET = 250 * 1024;

    /** A coordinator starts on their own action items. */
    private static final String START_HEADING = "Mina åtgärder";

    @LocalServerPort
    int port;

    @Test
    void aNormalVisitIsCleanLightAndCachedAndTheAppIsInstallable(@TempDir Path profile) throws Exception {
        try (BrowserSession browser = new BrowserSession(); CountingRelay wire = new CountingRelay(0, port)) {
            String base = "http://127.0.0.1:" + wire.port();
            BrowserContext context = browser.newProfile(profile);
            List<String> problems = new ArrayList<>();
            context.onResponse(response -> {
                if (response.status() >= 400) {
                    problems.add(response.status() + " " + response.url());
                }
            });
            Page page = context.pages().getFirst();
            watchConsole(page, problems);

            open(page, base + "/login");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).waitFor();
            page.evaluate("async () => { await navigator.serviceWorker.ready; }");
            settle(page);
            assertThat(wire.bytes()).as("bytes for the login page on a cold cache:%n%s", wire.log())
                    .isLessThanOrEqualTo(LOGIN_PAGE_BUDGET);

            CDPSession devtools = context.newCDPSession(page);
            JsonObject installability = devtools.send("Page.getInstallabilityErrors");
            assertThat(installability.getAsJsonArray("installabilityErrors")).as(installability.toString()).isEmpty();
            JsonObject manifest = devtools.send("Page.getAppManifest");
            assertThat(manifest.getAsJsonArray("errors")).as(manifest.toString()).isEmpty();

            BrowserSession.readyToSignIn(page);
            page.getByLabel("Användarnamn").fill("stad");
            page.getByLabel("Lösenord", new Page.GetByLabelOptions().setExact(true)).fill("demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(START_HEADING)).waitFor();
            settle(page);
            Locator item = page.locator("vaadin-grid a").first();
            String title = item.textContent();
            item.click();
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1).setName(title)).waitFor();
            settle(page);

            // a second visit: the page itself and the UI's messages, every static file from the cache
            wire.reset();
            Page again = context.newPage();
            watchConsole(again, problems);
            open(again, base + "/");
            again.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(START_HEADING)).waitFor();
            settle(again);
            assertThat(wire.exchanges()).as(wire.log().toString()).isNotEmpty()
                    .noneMatch(exchange -> exchange.request().matches("GET /(VAADIN|lumo|styles|icons|favicon).*"));

            assertThat(problems).as("4xx/5xx answers and console errors on a normal visit").isEmpty();

            // no connection: the service worker shows the offline page, in both languages
            context.setOffline(true);
            open(again, base + "/");
            again.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ingen anslutning")).waitFor();
            assertThat(again.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("No connection"))
                    .isVisible()).isTrue();
            browser.assertAccessible(again, "the offline page");
            context.setOffline(false);
            context.close();
        }
    }

    private static void watchConsole(Page page, List<String> problems) {
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                problems.add("console: " + message.text() + " at " + message.location());
            }
        });
        page.onPageError(error -> problems.add("page error: " + error));
    }

    /** Network idle, and a moment for what comes late (the service worker's own requests). */
    private static void settle(Page page) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForTimeout(1000);
    }
}
