package se.samverkan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.browser.BrowserSession.open;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.samverkan.WebIntegrationTest;

/** A coordinator signs in and browses agreement → areas → action item, in Swedish and in English. */
@WebIntegrationTest
class BrowseAgreementsIT {

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

    private void signIn(Page page, String username, String password) {
        BrowserSession.submitSignIn(page, url("login"), username, password);
    }

    @Test
    void aCoordinatorBrowsesFromTheAgreementToAnActionItem() {
        Page page = browser.newPage();

        open(page, url(""));
        assertThat(page).hasURL(url("login"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Logga in"))).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        browser.assertAccessible(page, "the login page");

        signIn(page, "stad", "fel-lösenord");
        assertThat(page).hasURL(url("login?error"));
        assertThat(page.locator("vaadin-login-form")).hasAttribute("error", "");
        assertThat(page.getByText("Kontrollera användarnamn och lösenord")
                .filter(new Locator.FilterOptions().setVisible(true))).hasCount(1);

        signIn(page, "stad", "demo");
        // a coordinator starts on their own items, and finds the agreements in the menu
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mina åtgärder")))
                .isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/my-items(\\?continue)?$"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Överenskommelser").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Samverkansöverenskommelser")))
                .isVisible();
        assertThat(page.getByText("Sara Lindqvist")).isVisible();
        assertThat(page.getByText("Enskede-Årsta-Vantörs stadsdelsförvaltning").first()).isVisible();
        browser.assertAccessible(page, "the agreement list");

        String cityWide = "Övergripande samverkansöverenskommelse mellan Stockholms stad och Polisregion Stockholm";
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(cityWide)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(cityWide).setLevel(1)))
                .isVisible();
        Locator areaLinks = page.locator("vaadin-grid.areas-grid a");
        assertThat(areaLinks).hasCount(10);
        assertThat(areaLinks.first()).hasText("Riktat arbete mot avgränsade platser och utsatta områden");
        assertThat(areaLinks.last()).hasText("Kameraövervakning");
        browser.assertAccessible(page, "the agreement page");

        areaLinks.nth(1).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("2. Unga i risk för kriminalitet");
        Locator itemLinks = page.locator("vaadin-grid.action-item-grid a");
        assertThat(itemLinks.first()).isVisible();
        browser.assertAccessible(page, "the area page");

        String itemTitle = itemLinks.first().textContent();
        itemLinks.first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(itemTitle);
        assertThat(page.getByText("Ansvarig part")).isVisible();
        assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(
                java.util.regex.Pattern.compile("^Lägesrapporter")))).isVisible();
        browser.assertAccessible(page, "the action item page");
        assertThat(page.title()).startsWith(itemTitle);
    }

    @Test
    void theLanguageSwitchTurnsTheAppIntoEnglishAndBack() {
        Page page = browser.newPage();
        signIn(page, "polis", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mina åtgärder")))
                .isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Överenskommelser").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Samverkansöverenskommelser")))
                .isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("In English")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Collaboration agreements")))
                .isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByText("City-wide agreement").first()).isVisible();
        browser.assertAccessible(page, "the agreement list in English");

        // the choice is saved: the next session starts in English
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL(url("login"));
        signIn(page, "polis", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My items")))
                .isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("På svenska")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mina åtgärder")))
                .isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
    }

    @Test
    void anAdministratorOpensTheAccountList() {
        Page page = browser.newPage();
        signIn(page, "admin", "demo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Användarkonton")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Användarkonton")))
                .isVisible();
        assertThat(page.getByText("Johan Berg")).isVisible();
        browser.assertAccessible(page, "the account list");

        page.getByLabel("Sök konto").fill("polis");
        assertThat(page.getByText("Johan Berg")).isVisible();
        assertThat(page.getByText("Sara Lindqvist").filter(new Locator.FilterOptions().setVisible(true))).hasCount(0);
    }

    @Test
    void aCoordinatorHasNoAccountListAndGetsNotFoundForIt() {
        Page page = browser.newPage();
        signIn(page, "stad", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mina åtgärder")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Användarkonton"))).hasCount(0);
        open(page, url("admin/accounts"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sidan finns inte")))
                .isVisible();
        browser.assertAccessible(page, "the not found page");
    }

    @Test
    void signingOutLeadsBackToTheLoginPage() {
        Page page = browser.newPage();
        signIn(page, "insyn", "demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga ut")).click();
        assertThat(page).hasURL(url("login"));
        open(page, url(""));
        assertThat(page).hasURL(url("login"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in"))).isVisible();
    }
}
