package se.samverkan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.LoadState;

/**
 * Debian's Chromium driven by Playwright, with axe-core (the npm package, installed into target/axe by the
 * build) injected into each page to check WCAG 2.1 A and AA.
 */
final class BrowserSession implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    private static final Path AXE = Path.of("target", "axe", "node_modules", "axe-core", "axe.min.js");

    private final Playwright playwright;
    private final Browser browser;
    private final String axeSource;

    BrowserSession() {
        // assertions wait as long as actions do: pages load slowly on a busy build machine
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        try {
            axeSource = Files.readString(AXE);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is missing at " + AXE + " (the build installs it)", e);
        }
        // a busy build machine can take longer than Playwright's default 5 s to render a page
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    Page newPage() {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
        page.setDefaultTimeout(20_000);
        return page;
    }

    /** Runs axe-core on the page and fails on serious or critical WCAG 2.1 A/AA violations. */
    void assertAccessible(Page page, String where) {
        // check the rendered page, not the empty shell Vaadin starts from
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForFunction("() => document.body.innerText.trim().length > 0");
        // a picture of every checked page, for people reading a failed build
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", where.replaceAll("[^A-Za-z0-9]+", "-") + ".png")));
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axeSource));
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, {
                    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
                  });
                  return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                      + v.nodes.slice(0, 5).map(n => JSON.stringify(n.target)).join(', '));
                }
                """);
        assertThat(violations).as("axe-core on " + where).isEmpty();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
