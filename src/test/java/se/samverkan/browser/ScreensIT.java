package se.samverkan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.browser.BrowserSession.open;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;

import se.samverkan.WebIntegrationTest;

/**
 * The screens as people use them (issue 5 §8): the skip link and focus after navigation for keyboard and screen
 * reader users, Vaadin's own texts in the page's language whatever the browser's, and lists that fit a laptop and a
 * phone without sideways scrolling.
 */
@WebIntegrationTest
class ScreensIT {

    private static final String LIST_HEADING = "Samverkansöverenskommelser";
    private static final String CITY_WIDE =
            "Övergripande samverkansöverenskommelse mellan Stockholms stad och Polisregion Stockholm";
    /** The scroll width and the visible width of a grid's table, in CSS pixels. */
    private static final String GRID_WIDTHS =
            "grid => { const t = grid.shadowRoot.querySelector('#table'); return [t.scrollWidth, t.clientWidth]; }";
    private static final String PAGE_WIDTHS =
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]";
    private static final String CONNECTION_TEXTS = "() => { const c = window.Vaadin.connectionIndicator;"
            + " return [c.onlineText, c.offlineText, c.reconnectingText]; }";

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
        // signed in (a coordinator starts on My items): then the agreement list, loaded afresh
        assertThat(page).not().hasURL(java.util.regex.Pattern.compile(".*/login.*"));
        open(page, url("agreements"));
        assertThat(heading(page, LIST_HEADING)).isVisible();
        BrowserSession.settled(page);
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1));
    }

    @Test
    void theSkipLinkIsTheFirstStopAndLeadsPastTheHeaderToTheContent() {
        Page page = browser.newPage();
        signIn(page, "stad");

        // the signed-in page was loaded afresh: the first Tab reaches the skip link, which shows itself
        page.keyboard().press("Tab");
        Locator skip = page.locator("a.skip-link");
        assertThat(skip).isFocused();
        assertThat(skip).hasText("Till innehållet");
        BoundingBox box = skip.boundingBox();
        assertThat(box.width).as("the focused skip link is visible").isGreaterThan(40);
        browser.assertAccessible(page, "the agreement list with the skip link focused");

        page.keyboard().press("Enter");
        assertThat(heading(page, LIST_HEADING)).isFocused();
        assertThat(page).hasURL(url("agreements"));
        // Tab goes on in the content, not back through the header
        page.keyboard().press("Tab");
        assertThat(page.getByLabel("Sök på titel eller diarienummer")).isFocused();

        // out of sight while it has no focus
        assertThat(skip.boundingBox().width).isLessThanOrEqualTo(1);
    }

    @Test
    void theLoginPageHasTheSkipLinkFirstToo() {
        Page page = browser.newPage();
        open(page, url("login"));
        BrowserSession.readyToSignIn(page);
        Locator username = page.getByLabel("Användarnamn");
        assertThat(username).isFocused();
        // before the username field: the language switch, and before it the skip link
        page.keyboard().press("Shift+Tab");
        page.keyboard().press("Shift+Tab");
        Locator skip = page.locator("a.skip-link");
        assertThat(skip).isFocused();
        assertThat(skip).hasText("Till innehållet");
        page.keyboard().press("Enter");
        assertThat(heading(page, "Samverkan")).isFocused();
    }

    @Test
    void focusMovesToTheNewPagesHeadingAfterEachNavigation() {
        Page page = browser.newPage();
        signIn(page, "stad");

        // a click anywhere in the row opens it (here the diary number, not the title link)
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("KS 2019/656"))
                .click();
        assertThat(page).hasURL(url("agreements/1"));
        assertThat(heading(page, CITY_WIDE)).isFocused();
        assertThat(heading(page, CITY_WIDE)).hasAttribute("tabindex", "-1");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Unga i risk för kriminalitet")).click();
        assertThat(heading(page, "2. Unga i risk för kriminalitet")).isFocused();

        // the browser's back button is a navigation too
        page.goBack();
        assertThat(heading(page, CITY_WIDE)).isFocused();

        // and the menu
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Överenskommelser").setExact(true)).click();
        assertThat(heading(page, LIST_HEADING)).isFocused();
    }

    @Test
    void vaadinsOwnTextsFollowThePagesLanguageNotTheBrowsers() {
        // Playwright's browser asks for English (Accept-Language en-US): the app still starts in Swedish
        Page page = browser.newPage();
        open(page, url("login"));
        Locator reveal = page.locator("vaadin-login-form vaadin-password-field [slot=reveal]");
        assertThat(reveal).hasAttribute("aria-label", "Visa lösenord");
        assertThat(page.evaluate(CONNECTION_TEXTS)).isEqualTo(List.of("Anslutningen fungerar igen",
                "Anslutningen till servern bröts", "Anslutningen till servern bröts. Försöker ansluta igen …"));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("In English")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(reveal).hasAttribute("aria-label", "Show password");
        assertThat(page.evaluate(CONNECTION_TEXTS)).isEqualTo(List.of("Connected again",
                "Connection to the server lost", "Connection to the server lost. Trying to reconnect …"));

        // signed in (in Swedish): the frame's components, and the connection indicator when the network goes away
        Page signedIn = browser.newPage();
        signIn(signedIn, "insyn");
        assertThat(signedIn.evaluate("() => customElements.get('vaadin-app-layout').defaultI18n.drawer"))
                .isEqualTo("Meny");
        assertThat(signedIn.evaluate("() => customElements.get('vaadin-side-nav-item').defaultI18n.toggle"))
                .isEqualTo("Visa eller dölj underliggande sidor");
        signedIn.context().setOffline(true);
        signedIn.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(CITY_WIDE)).click();
        signedIn.waitForFunction("text => { const c = window.Vaadin.connectionIndicator; return (c.shadowRoot || c).textContent.includes(text); }",
                "Anslutningen till servern bröts. Försöker ansluta igen …");
        signedIn.context().setOffline(false);
    }

    @Test
    void theCookieNoticeIsSwedishWhateverTheBrowsersLanguage() throws IOException, InterruptedException {
        // a request without a session cookie, from a browser that prefers English
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("?v-r=uidl&v-uiId=0")))
                .header("Accept-Language", "en-US,en;q=0.9").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            String body = client.send(request, HttpResponse.BodyHandlers.ofString()).body();
            assertThat(body).contains("Kakor är avstängda").doesNotContain("Cookies are");
        }
    }

    @Test
    void theListsShowTheColumnsThatMatterOnALaptopWithoutSidewaysScrolling() {
        for (int[] size : new int[][] { { 1366, 768 }, { 1280, 900 } }) {
            String where = " at " + size[0] + " px";
            Page page = browser.newPage(size[0], size[1]);
            signIn(page, "stad");
            Locator list = page.locator("vaadin-grid").first();
            assertFitsWithColumns(list, List.of("Titel", "Typ", "Diarienummer", "Parter", "Period", "Status"), where);
            browser.assertAccessible(page, "the agreement list" + where);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(CITY_WIDE)).click();
            Locator areas = page.locator("vaadin-grid.areas-grid");
            assertThat(areas.locator("a")).hasCount(10);
            assertFitsWithColumns(areas, List.of("Område", "Åtgärder", "Försenade"), where);
            browser.assertAccessible(page, "the agreement page" + where);
            page.context().close();
        }
    }

    @Test
    void onAPhoneRowsAreCardsAndNothingScrollsSideways() {
        for (int[] size : new int[][] { { 390, 844 }, { 320, 640 } }) {
            String where = " at " + size[0] + " px";
            Page page = browser.newPage(size[0], size[1]);
            signIn(page, "stad");
            Locator list = page.locator("vaadin-grid").first();
            assertThat(list).hasClass(Pattern.compile("\\bcards\\b"));
            Locator card = list.locator(".row-card").first();
            assertThat(card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(CITY_WIDE))).isVisible();
            assertThat(card).containsText("KS 2019/656");
            assertThat(card).containsText("Antagen");
            assertNoSidewaysScrolling(page, list, where);
            browser.assertAccessible(page, "the agreement list" + where);

            card.getByRole(AriaRole.LINK).click();
            assertThat(heading(page, CITY_WIDE)).isFocused();
            Locator areas = page.locator("vaadin-grid.areas-grid");
            assertThat(areas.locator(".row-card")).hasCount(10);
            assertThat(areas.locator(".row-card").first()).containsText("Försenade");
            assertNoSidewaysScrolling(page, areas, where);
            browser.assertAccessible(page, "the agreement page" + where);

            areas.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("2. Unga i risk för kriminalitet"))
                    .click();
            Locator areaHeading = heading(page, "2. Unga i risk för kriminalitet");
            assertThat(areaHeading).isFocused();
            assertPageAndHeadingFit(page, where);
            browser.assertAccessible(page, "the area page" + where);
            page.context().close();
        }
    }

    private static void assertFitsWithColumns(Locator grid, List<String> headers, String where) {
        assertThat(grid).not().hasClass(Pattern.compile("\\bcards\\b"));
        List<?> widths = (List<?>) grid.evaluate(GRID_WIDTHS);
        assertThat(((Number) widths.get(0)).intValue()).as("grid scroll width" + where)
                .isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
        BoundingBox frame = grid.boundingBox();
        for (String header : headers) {
            Locator cell = grid.locator("vaadin-grid-cell-content")
                    .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + header + "$")));
            assertThat(cell).isVisible();
            BoundingBox box = cell.boundingBox();
            assertThat(box.x + box.width).as(header + " inside the grid" + where)
                    .isLessThanOrEqualTo(frame.x + frame.width);
        }
    }

    private static void assertNoSidewaysScrolling(Page page, Locator grid, String where) {
        assertPageAndHeadingFit(page, where);
        List<?> gridWidths = (List<?>) grid.evaluate(GRID_WIDTHS);
        assertThat(((Number) gridWidths.get(0)).intValue()).as("grid scroll width" + where)
                .isLessThanOrEqualTo(((Number) gridWidths.get(1)).intValue());
    }

    /** Neither the page nor its main heading is wider than the window: long words wrap (WCAG 1.4.10). */
    private static void assertPageAndHeadingFit(Page page, String where) {
        List<?> pageWidths = (List<?>) page.evaluate(PAGE_WIDTHS);
        assertThat(((Number) pageWidths.get(0)).intValue()).as("page scroll width" + where)
                .isLessThanOrEqualTo(((Number) pageWidths.get(1)).intValue());
        List<?> headingWidths = (List<?>) page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))
                .evaluate("h => [h.scrollWidth, h.clientWidth]");
        assertThat(((Number) headingWidths.get(0)).intValue()).as("the heading's text fits" + where)
                .isLessThanOrEqualTo(((Number) headingWidths.get(1)).intValue());
    }
}
