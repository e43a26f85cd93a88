package se.samverkan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.browser.BrowserSession.open;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

import se.samverkan.WebIntegrationTest;

/**
 * The manager's overview in Chromium: chef opens the city-wide agreement's dashboard from the menu, sees every panel,
 * switches a chart to its table, and follows a bar of a chart and a figure of a table to the filtered item list. The
 * page fits a laptop and phones of 390 and 320 px without sideways scrolling, and ECharts is not loaded before it.
 */
@WebIntegrationTest
class DashboardIT {

    private static final List<String> PANELS = List.of("Åtgärder per område och status", "Bedömning per område",
            "Försenade åtgärder", "Utan lägesrapport sedan senaste uppföljningen", "Kommande uppföljningar",
            "Framsteg över tid",
            "Resurser per part", "Ansvar per organisation", "Täckning per stadsdel och område",
            "Indikatorer mot mål");

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

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private void signIn(Page page, String username) {
        BrowserSession.submitSignIn(page, url("login"), username, "demo");
        assertThat(page.locator("h1")).isVisible();
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator panel(Page page, String heading) {
        return page.locator(".dashboard-panel").filter(new Locator.FilterOptions().setHas(heading(page, heading)));
    }

    /** The list shows this many items: as many distinct item links in its grid. */
    private static void waitForItems(Page page, int count) {
        page.waitForFunction("n => new Set([...document.querySelectorAll('vaadin-grid.action-item-grid a')]"
                + ".map(a => a.getAttribute('href'))).size === n", count);
    }

    /** A panel's open table scrolls sideways in its own box (styled so), and nothing spills out of the panel. */
    private static void assertTableStaysInItsPanel(Locator panel) {
        assertThat(panel.locator(".table-scroll").evaluate("box => getComputedStyle(box).overflowX")).isEqualTo("auto");
        Object widths = panel.evaluate("p => [p.scrollWidth, p.clientWidth]");
        List<?> w = (List<?>) widths;
        assertThat(((Number) w.get(0)).intValue()).as("panel content width")
                .isLessThanOrEqualTo(((Number) w.get(1)).intValue());
    }

    private static boolean chartsAreLoaded(Page page) {
        return Boolean.TRUE.equals(page.evaluate("() => customElements.get('samverkan-chart') !== undefined"));
    }

    @Test
    void chefFollowsTheCityWideDashboardFromAChartAndATableToTheItems() {
        Page page = browser.newPage();
        open(page, url("login"));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(chartsAreLoaded(page)).as("ECharts on the login page").isFalse();
        signIn(page, "chef");
        // a manager starts on the agreements (coordinators on their items)
        assertThat(page).hasURL(url("agreements"));
        assertThat(chartsAreLoaded(page)).as("ECharts on the start page").isFalse();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Översikt")).click();
        assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));
        assertThat(heading(page, "Översikt")).isVisible();
        assertThat(page.locator(".dashboard-showing")).containsText("Övergripande samverkansöverenskommelse");
        for (String panel : PANELS) {
            assertThat(heading(page, panel)).isVisible();
        }
        // every chart is drawn (an SVG inside), with its summary as its name
        Locator charts = page.locator("samverkan-chart");
        assertThat(charts.first().locator("svg")).isVisible();
        assertThat(charts.first()).hasAttribute("role", "img");
        assertThat(charts.first()).hasAttribute("aria-label", Pattern.compile("åtgärder i 10 områden"));
        assertThat(chartsAreLoaded(page)).isTrue();
        browser.assertAccessible(page, "the city-wide dashboard");

        // the table alternative of a chart
        Locator status = panel(page, "Åtgärder per område och status");
        Locator toggle = status.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Visa som tabell"));
        toggle.click();
        assertThat(toggle).hasAttribute("aria-pressed", "true");
        Locator table = status.locator("table");
        assertThat(table).isVisible();
        assertThat(table.locator("caption")).hasText("Åtgärder per område och status");
        assertThat(table.locator("tbody tr")).hasCount(10);
        assertThat(status.locator("samverkan-chart")).isHidden();
        // the table scrolls inside its own box: nothing spills out of the panel
        assertTableStaysInItsPanel(status);
        browser.assertAccessible(page, "the dashboard with a table");
        // pressed again: the chart, and the table hidden; a third time: the table again
        toggle.click();
        assertThat(toggle).hasAttribute("aria-pressed", "false");
        assertThat(status.locator("samverkan-chart")).isVisible();
        assertThat(table).isHidden();
        toggle.click();
        assertThat(table).isVisible();

        // a figure of the table leads to the list of exactly those items
        Locator firstRow = table.locator("tbody tr").first();
        Locator figure = firstRow.locator("td a").first();
        String count = figure.innerText();
        figure.click();
        assertThat(page).hasURL(Pattern.compile(".*/action-items\\?agreement=\\d+&area=\\d+&status=[A-Z]+&from=.*"));
        assertThat(heading(page, "Alla åtgärder")).isVisible();
        assertThat(page.locator(".extra-filter").first()).containsText("Pågår någon gång");
        waitForItems(page, Integer.parseInt(count));
        browser.assertAccessible(page, "the list from the dashboard's table");

        // a bar of the traffic-light chart leads to the list too
        page.goBack();
        Locator lights = panel(page, "Bedömning per område").locator("samverkan-chart");
        assertThat(lights.locator("svg")).isVisible();
        Locator redBars = lights.locator("svg path[fill='#b3261e']");
        Locator redBar = null;
        for (int i = 0; i < redBars.count() && redBar == null; i++) {
            var box = redBars.nth(i).boundingBox();
            if (box != null && box.width > 3 && box.height > 3) {
                redBar = redBars.nth(i);
            }
        }
        org.junit.jupiter.api.Assertions.assertNotNull(redBar, "a red bar with items");
        redBar.click(new Locator.ClickOptions().setForce(true));
        assertThat(page).hasURL(Pattern.compile(
                ".*/action-items\\?(?=.*agreement=\\d+)(?=.*area=\\d+)(?=.*light=RED)(?=.*from=\\d{4}-).*"));
        assertThat(page.locator("vaadin-grid.action-item-grid a").first()).isVisible();

        // a chart click opens the item list and nothing else: any other address is ignored (no way out of the app,
        // no script, no other view). What the dashboard clicks for each is recorded: only the list's address
        page.goBack();
        assertThat(heading(page, "Översikt")).isVisible();
        Object clicked = page.evaluate("""
                () => {
                    const clicked = [];
                    const click = HTMLAnchorElement.prototype.click;
                    HTMLAnchorElement.prototype.click = function () {
                        clicked.push(this.getAttribute('href'));
                        return click.call(this);
                    };
                    try {
                        const board = document.querySelector('samverkan-dashboard');
                        ['https://example.org/', '//example.org/x', 'javascript:void 0', 'admin/accounts',
                         'action-items/../admin/accounts', 'action-items#x', 'action-items?light=RED']
                            .forEach(href => board.dispatchEvent(new CustomEvent('chart-click',
                                { detail: { href }, bubbles: true })));
                    } finally {
                        HTMLAnchorElement.prototype.click = click;
                    }
                    return clicked;
                }
                """);
        assertThat(clicked).as("what the chart clicks opened").isEqualTo(List.of("action-items?light=RED"));
        assertThat(page).hasURL(url("action-items?light=RED"));
        assertThat(page.locator("vaadin-grid.action-item-grid a").first()).isVisible();
        browser.assertSecure(page, "the list opened by chart clicks");

        // the next follow-up leads to its page (agenda, reporting deadline)
        page.goBack();
        Locator next = page.locator(".upcoming-follow-ups li a").first();
        String title = next.innerText();
        next.click();
        assertThat(page).hasURL(Pattern.compile(".*/follow-ups/\\d+$"));
        assertThat(page.locator("h1")).containsText(title);
    }

    /** In English the date pickers read and write dates as 2026-11-29, as the app's texts show them. */
    @Test
    void inEnglishTheDashboardsDatePickersUseIsoDates() {
        Page page = browser.newPage();
        open(page, url("login"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("In English")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        BrowserSession.readyToSignIn(page);
        page.getByLabel("Username").fill("insyn");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("demo");
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")
                .setExact(true))
                .click());
        open(page, url("dashboard"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(heading(page, "Overview")).isVisible();
        Locator pickers = page.locator("vaadin-date-picker input");
        assertThat(pickers).hasCount(2);
        assertThat(pickers.nth(0)).hasValue(Pattern.compile("\\d{4}-\\d{2}-\\d{2}"));
        assertThat(pickers.nth(1)).hasValue(Pattern.compile("\\d{4}-\\d{2}-\\d{2}"));
        browser.assertAccessible(page, "the dashboard in English");
    }

    @Test
    void theDashboardFitsALaptopAndPhonesWithoutSidewaysScrolling() {
        Page page = browser.newPage();
        signIn(page, "chef");
        for (int[] size : new int[][] { { 1366, 768 }, { 390, 844 }, { 320, 640 } }) {
            page.setViewportSize(size[0], size[1]);
            open(page, url("dashboard"));
            assertThat(heading(page, "Täckning per stadsdel och område")).isVisible();
            assertThat(page.locator("samverkan-chart svg").first()).isVisible();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.waitForTimeout(500);
            // with the first chart shown as its table, too
            Locator status = panel(page, "Åtgärder per område och status");
            status.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Visa som tabell")).click();
            assertTableStaysInItsPanel(status);
            Object widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
            List<?> w = (List<?>) widths;
            assertThat(((Number) w.get(0)).intValue()).as("page width at " + size[0] + " px")
                    .isLessThanOrEqualTo(((Number) w.get(1)).intValue());
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target", "screenshots", "dashboard-" + size[0] + ".png")));
        }
        browser.assertAccessible(page, "the dashboard on a 320 px phone");
    }

    @Test
    void aViewerSeesTheWholeCityAndTheirLocalAgreement() {
        Page page = browser.newPage();
        signIn(page, "insyn");
        open(page, url("dashboard?scope=city"));
        assertThat(page.locator(".dashboard-showing")).containsText("Hela staden");
        assertThat(page.getByText("Täckningen per stadsdel visas när du väljer")).isVisible();
        // the whole city holds no follow-up of its own: the short list counts from the period's start and says so
        assertThat(heading(page, "Utan lägesrapport sedan periodens början")).isVisible();
        assertThat(heading(page, "Utan lägesrapport sedan senaste uppföljningen")).hasCount(0);
        browser.assertAccessible(page, "the whole city's dashboard for a viewer");
        // Farsta's agreement is not theirs to read
        open(page, url("dashboard?agreement=999999"));
        assertThat(page.getByText("Överenskommelsen finns inte")).isVisible();

        // a period too long: that, at the end date, and no other reason given anywhere
        open(page, url("dashboard?scope=city&from=2000-01-01&to=2026-12-31"));
        assertThat(page.locator("[slot=error-message]").getByText("Perioden får vara högst 10 år.")).isVisible();
        assertThat(page.locator(".dashboard-showing")).hasText("Ingen översikt för den perioden: se felet vid datumen.");
        assertThat(page.getByText("startdatum kommer före slutdatum")).hasCount(0);
    }
}
