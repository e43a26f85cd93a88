package se.samverkan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.LoadState;

/**
 * Debian's Chromium driven by Playwright, with axe-core (the npm package, installed into target/axe by the
 * build) injected into each page to check WCAG 2.1 A and AA; each checked page must also have come with the security
 * headers and have had no Content-Security-Policy violation.
 */
final class BrowserSession implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    private static final Path AXE = Path.of("target", "axe", "node_modules", "axe-core", "axe.min.js");
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;
    private final String axeSource;
    private final Map<Page, Map<String, String>> documentHeaders = new ConcurrentHashMap<>();
    private final Map<Page, List<String>> consoleViolations = new ConcurrentHashMap<>();

    BrowserSession() {
        // assertions wait as long as actions do: pages load slowly on a busy build machine
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        try {
            axeSource = Files.readString(AXE);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is missing at " + AXE + " (the build installs it)", e);
        }
        // pages and assertions wait alike: on a busy build machine a page may take more than Playwright's 5 s
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(ARGS));
    }

    Page newPage() {
        return newPage(1280, 900);
    }

    /** A page in a window of the given size (CSS pixels), e.g. 390 × 844 for a phone. */
    Page newPage(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        watch(context);
        Page page = context.newPage();
        page.setDefaultTimeout(20_000);
        return page;
    }

    /**
     * Every page of the context keeps what {@link #assertSecure} checks: its document's headers and every
     * Content-Security-Policy violation it reports.
     */
    private void watch(BrowserContext context) {
        context.addInitScript("""
                window.__cspViolations = [];
                document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
                    e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':'
                    + e.lineNumber));
                """);
        // when the page has settled: Vaadin's client router, after its first navigation, moves the server-rendered
        // view into the outlet again (which takes focus away and lets the login form put it back in its first field)
        context.addInitScript("""
                window.__samverkan = { routed: 0, attached: 0 };
                window.addEventListener('vaadin-router-location-changed',
                    () => window.__samverkan.routed = performance.now());
                new MutationObserver(changes => changes.forEach(change => change.addedNodes.forEach(node => {
                    if (change.target.id === 'outlet' && /^flow-container/.test(node.localName || '')) {
                        window.__samverkan.attached = performance.now();
                    }
                }))).observe(document, { childList: true, subtree: true });
                """);
        context.onPage(this::watch);
        context.pages().forEach(this::watch);
    }

    private void watch(Page page) {
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                consoleViolations.computeIfAbsent(page, p -> new ArrayList<>()).add(message.text());
            }
        });
        page.onResponse(response -> {
            if (response.request().isNavigationRequest() && response.frame() == page.mainFrame()) {
                documentHeaders.put(page, response.allHeaders());
            }
        });
    }

    /**
     * A second browser with a profile of its own in {@code userDataDir}, as a user has it: unlike the contexts of
     * {@link #newPage()}, which are like private windows, it may install the app. Close it after use.
     */
    BrowserContext newProfile(Path userDataDir) {
        BrowserContext context = playwright.chromium().launchPersistentContext(userDataDir,
                new BrowserType.LaunchPersistentContextOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                        .setArgs(ARGS).setViewportSize(1280, 900));
        context.setDefaultTimeout(20_000);
        watch(context);
        return context;
    }

    /**
     * The page's document came with the security headers, and nothing on the page broke its Content-Security-Policy
     * (as the page's own violation events and the console report them).
     */
    void assertSecure(Page page, String where) {
        Map<String, String> headers = documentHeaders.getOrDefault(page, Map.of());
        assertThat(headers.get("content-security-policy")).as("CSP of " + where).contains("default-src 'self'",
                "frame-ancestors 'none'", "object-src 'none'");
        assertThat(headers.get("referrer-policy")).as("Referrer-Policy of " + where).isEqualTo("same-origin");
        assertThat(headers.get("permissions-policy")).as("Permissions-Policy of " + where).contains("camera=()");
        assertThat(headers.get("x-content-type-options")).as("X-Content-Type-Options of " + where)
                .isEqualTo("nosniff");
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) page.evaluate("() => window.__cspViolations || []");
        assertThat(violations).as("CSP violations on " + where).isEmpty();
        assertThat(consoleViolations.getOrDefault(page, List.of())).as("CSP messages in the console on " + where)
                .isEmpty();
    }

    /**
     * Waits until a freshly loaded page has settled: the client router has shown the first view (Vaadin moves it into
     * the outlet once more then, so keys pressed or text typed before may land nowhere).
     */
    static void settled(Page page) {
        page.waitForFunction("() => window.__samverkan && window.__samverkan.routed > 0"
                + " && window.__samverkan.attached >= window.__samverkan.routed");
    }

    /**
     * Loads {@code url} and waits until the page has settled (see {@link #settled}) when it is one of the app's views;
     * a page without Vaadin's outlet (a download, an error page of the server) only has to have loaded.
     */
    static void open(Page page, String url) {
        page.navigate(url);
        settledIfVaadin(page);
    }

    private static void settledIfVaadin(Page page) {
        page.waitForFunction("() => !document.getElementById('outlet') || (window.__samverkan"
                + " && window.__samverkan.routed > 0 && window.__samverkan.attached >= window.__samverkan.routed)");
    }

    /**
     * Opens the sign-in page at {@code loginUrl}, waits until it is ready for typing, fills in the form and sends it;
     * what follows (the start page, or the sign-in page again) is for the caller to check.
     */
    static void submitSignIn(Page page, String loginUrl, String username, String password) {
        page.navigate(loginUrl);
        readyToSignIn(page);
        page.getByLabel("Användarnamn").fill(username);
        page.getByLabel("Lösenord", new Page.GetByLabelOptions().setExact(true)).fill(password);
        // the form is sent the browser's way: wait for the page it leads to, and for that page to settle
        page.waitForNavigation(
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click());
        settledIfVaadin(page);
    }

    /** The sign-in page has settled and its form has put the cursor in the username field: ready for typing. */
    static void readyToSignIn(Page page) {
        settled(page);
        page.waitForFunction("() => document.activeElement && document.activeElement.name === 'username'");
    }

    /** Runs axe-core on the page and fails on serious or critical WCAG 2.1 A/AA violations. */
    void assertAccessible(Page page, String where) {
        // check the rendered page, not the empty shell Vaadin starts from
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForFunction("() => document.body.innerText.trim().length > 0");
        // and not halfway through a dialog's or notification's opening animation (axe would measure its fading
        // colours); endless ones (a spinner) do not count
        waitForAnimations(page);
        // a picture of every checked page, for people reading a failed build
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", where.replaceAll("[^A-Za-z0-9]+", "-") + ".png")));
        // evaluated through the DevTools protocol: an inline script tag would (rightly) be refused by the page's CSP
        page.evaluate(axeSource + "\n;0");
        AxeRun run = axe(page);
        // a notification that begins to fade out while axe runs (its time is up) gives axe blended colours: such a
        // run measured a moving picture, so wait for the animation to end and check the page again
        for (int retry = 0; retry < 3 && !run.violations().isEmpty() && run.animated(); retry++) {
            waitForAnimations(page);
            run = axe(page);
        }
        List<String> violations = run.violations();
        assertThat(violations).as("axe-core on " + where).isEmpty();
        if (page.url().startsWith("http")) {
            assertSecure(page, where);
        }
    }

    private record AxeRun(List<String> violations, boolean animated) {
    }

    private static void waitForAnimations(Page page) {
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running'"
                + " || a.effect.getComputedTiming().iterations === Infinity)");
    }

    /** Runs axe on the page and notes whether a finite animation ran meanwhile. */
    private static AxeRun axe(Page page) {
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) page.evaluate("""
                async () => {
                  let animated = false;
                  const animating = () => document.getAnimations().some(a => a.playState === 'running'
                    && a.effect.getComputedTiming().iterations !== Infinity);
                  const watch = setInterval(() => { animated = animated || animating(); }, 20);
                  const started = () => { animated = true; };
                  document.addEventListener('animationstart', started, true);
                  try {
                    const result = await axe.run(document, {
                      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
                    });
                    animated = animated || animating();
                    return {
                      animated,
                      violations: result.violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                          + v.nodes.slice(0, 5).map(n => JSON.stringify(n.target) + ' ' + (n.html || '').slice(0, 120)
                            + ' ' + ((n.any[0] && n.any[0].message) || '')).join(', '))
                    };
                  } finally {
                    clearInterval(watch);
                    document.removeEventListener('animationstart', started, true);
                  }
                }
                """);
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) result.get("violations");
        return new AxeRun(violations, Boolean.TRUE.equals(result.get("animated")));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
