package se.samverkan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.browser.BrowserSession.open;
import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.PERSON;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.samverkan.WebIntegrationTest;

/**
 * Administrators keep the structure (organisations, people, target groups) and a manager keeps an agreement's areas
 * and plans, in Chromium, with axe-core on every new page.
 */
@WebIntegrationTest
class AdministrationIT {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired
    DSLContext dsl;

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSession();
        // two cores shared by several builds: a page may take longer than Playwright's default five seconds
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private Page signIn(String username) {
        Page page = browser.newPage();
        BrowserSession.submitSignIn(page, url("login"), username, "demo");
        // signed in: away from the sign-in page (whose form has a heading of its own beside the page's)
        assertThat(page).not().hasURL(java.util.regex.Pattern.compile(".*/login.*"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        return page;
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /**
     * Types a date and commits it with Enter, which also closes the calendar (while it is open, everything else is
     * hidden from assistive technology, and so from Playwright's role queries).
     */
    private static void typeDate(Locator field, String date) {
        field.fill(date);
        field.press("Enter");
        assertThat(field.page().locator("vaadin-date-picker-overlay[opened]")).hasCount(0);
    }

    /** Waits until no dialog is still fading in: axe-core would measure the contrast of half-transparent text. */
    private static void settled(Page page) {
        assertThat(page.locator("[opening]")).hasCount(0);
    }

    /** The element that has the keyboard focus. */
    private static Locator focused(Page page) {
        return page.locator(":focus");
    }

    /** A grid cell with exactly this text. */
    private static Locator cell(Page page, String text) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                // Playwright hands the pattern to JavaScript, which knows no \Q...\E quoting: escape by hand
                .setHasText(java.util.regex.Pattern.compile("^\\s*" + text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]",
                        "\\\\$0") + "\\s*$")));
    }

    /** Types into a combo box and picks the option with exactly this text. */
    private static void choose(Page page, String label, String typed, String option) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).fill(typed);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }

    @Test
    void anAdministratorCreatesAnOrganisationAndAPersonAndHandsAPersonsItemsOver() {
        Page page = signIn("admin");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Organisationer")).click();
        assertThat(heading(page, "Organisationer")).isVisible();
        assertThat(cell(page, "Bromma stadsdelsförvaltning")).isVisible();
        browser.assertAccessible(page, "the organisation tree");

        button(page, "Ny organisation").click();
        assertThat(heading(page, "Ny organisation")).isVisible();
        page.getByLabel("Namn", new Page.GetByLabelOptions().setExact(true)).fill("Kulturförvaltningen");
        page.getByLabel("Kortnamn").fill("KUF");
        choose(page, "Typ", "Fack", "Fackförvaltning eller bolag");
        choose(page, "Ingår i", "Stockholms", "Stockholms stad");
        browser.assertAccessible(page, "the organisation form");
        button(page, "Spara").click();
        assertThat(heading(page, "Organisationer")).isVisible();
        assertThat(cell(page, "Kulturförvaltningen")).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Personer")).click();
        assertThat(heading(page, "Personer")).isVisible();
        browser.assertAccessible(page, "the people list");
        button(page, "Ny person").click();
        page.getByLabel("Namn", new Page.GetByLabelOptions().setExact(true)).fill("Nora Nyberg");
        page.getByLabel("E-post").fill("nora.nyberg");
        choose(page, "Organisation", "Kultur", "Kulturförvaltningen");
        button(page, "Spara").click();
        // the refusal at the field, in Swedish
        assertThat(page.locator("vaadin-text-field[invalid] [slot=error-message]"))
                .hasText("Ange en giltig e-postadress.");
        page.getByLabel("E-post").fill("nora.nyberg@stad.example.se");
        button(page, "Spara").click();
        assertThat(heading(page, "Personer")).isVisible();

        long from = dsl.select(PERSON.ID).from(PERSON).where(PERSON.EMAIL.eq("oskar.lundell@stad.example.se"))
                .fetchSingle().value1();
        int theirs = dsl.fetchCount(ACTION_ITEM, ACTION_ITEM.RESPONSIBLE_PERSON_ID.eq(from)
                .or(ACTION_ITEM.DEPUTY_PERSON_ID.eq(from)));
        assertThat(theirs).as("the demo gives Oskar Lundell items").isGreaterThan(1);

        page.getByLabel("Sök på namn, e-post eller organisation").fill("Lundell");
        cell(page, "Oskar Lundell").click();
        assertThat(heading(page, "Oskar Lundell")).isVisible();
        browser.assertAccessible(page, "a person's page");
        choose(page, "Lämna över till", "Nora", "Nora Nyberg (Kulturförvaltningen)");
        button(page, "Lämna över").click();
        // a confirmation is an alert dialog
        Locator dialog = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(dialog.getByText("Oskar Lundell", new Locator.GetByTextOptions())).isVisible();
        settled(page);
        browser.assertAccessible(page, "the hand-over confirmation");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lämna över")).click();
        assertThat(page.locator("p.hand-over-result")).hasText(theirs + " åtgärder lämnades över till Nora Nyberg.");
        assertThat(dsl.fetchCount(ACTION_ITEM, ACTION_ITEM.RESPONSIBLE_PERSON_ID.eq(from)
                .or(ACTION_ITEM.DEPUTY_PERSON_ID.eq(from)))).isZero();
    }

    @Test
    void aManagerCreatesAnAgreementWithAreasInOrderAndAnActionPlan() {
        Page page = signIn("chef");
        button(page, "Ny överenskommelse").click();
        assertThat(heading(page, "Ny överenskommelse")).isVisible();
        page.getByLabel("Titel").fill("Trygg i Hökarängen");
        String cityWide = "Övergripande samverkansöverenskommelse mellan Stockholms stad och Polisregion Stockholm";
        choose(page, "Ingår i", "Övergripande", cityWide);
        typeDate(page.getByLabel("Gäller från"), "2027-01-01");
        choose(page, "Parter", "Farsta stads", "Farsta stadsdelsförvaltning");
        // a multi-select box stays open for more choices
        page.keyboard().press("Escape");
        browser.assertAccessible(page, "the agreement form");
        button(page, "Spara").click();
        assertThat(heading(page, "Trygg i Hökarängen")).isVisible();

        page.getByText("Ändra områden").click();
        for (String title : new String[] { "Hökarängens centrum", "Unga i Hökarängen", "Tillfälligt område" }) {
            button(page, "Nytt område").click();
            page.getByRole(AriaRole.DIALOG).getByLabel("Område").fill(title);
            page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spara"))
                    .click();
            assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        }
        Locator entries = page.locator("li.area-entry .entry-text > span:first-child");
        assertThat(entries).hasText(new String[] { "1. Hökarängens centrum", "2. Unga i Hökarängen",
                "3. Tillfälligt område" });

        // with the keyboard: the focus stays on the button after the move
        button(page, "Flytta upp: 2. Unga i Hökarängen").focus();
        page.keyboard().press("Enter");
        assertThat(entries).hasText(new String[] { "1. Unga i Hökarängen", "2. Hökarängens centrum",
                "3. Tillfälligt område" });
        // first in the list it cannot go up: the focus falls back on its edit button, and Tab leads on
        assertThat(focused(page)).hasAttribute("aria-label", "Ändra: 1. Unga i Hökarängen");
        page.keyboard().press("Tab");
        assertThat(focused(page)).hasAttribute("aria-label", "Flytta ned: 1. Unga i Hökarängen");
        page.keyboard().press("Enter");
        assertThat(entries).hasText(new String[] { "1. Hökarängens centrum", "2. Unga i Hökarängen",
                "3. Tillfälligt område" });
        assertThat(page.locator("vaadin-grid.areas-grid a")).hasText(new String[] { "Hökarängens centrum",
                "Unga i Hökarängen", "Tillfälligt område" });

        button(page, "Ta bort: 3. Tillfälligt område").click();
        page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Ta bort")).click();
        assertThat(entries).hasCount(2);

        button(page, "Ny handlingsplan").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Handlingsplanens titel").fill("Handlingsplan 2027–2028");
        typeDate(dialog.getByLabel("Gäller från"), "2027-01-01");
        typeDate(dialog.getByLabel("Gäller till"), "2026-12-31");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spara")).click();
        assertThat(dialog.getByText("Slutdatum kan inte ligga före startdatum.")).isVisible();
        typeDate(dialog.getByLabel("Gäller till"), "2028-12-31");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spara")).click();
        assertThat(page.locator("li.plan-entry")).containsText("Handlingsplan 2027–2028");
        assertThat(page.locator("li.plan-entry")).containsText("2027-01-01 – 2028-12-31");
        browser.assertAccessible(page, "the agreement page of its manager");
    }

    @Test
    void anAdministratorReordersTheTargetGroupsWithTheKeyboard() {
        Page page = signIn("admin");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Målgrupper")).click();
        assertThat(heading(page, "Målgrupper")).isVisible();
        browser.assertAccessible(page, "the target groups");
        Locator names = page.locator("li.target-group .entry-text > span:first-child");
        String first = names.first().textContent();
        String second = names.nth(1).textContent();
        button(page, "Flytta ned: " + first).focus();
        page.keyboard().press("Enter");
        assertThat(names.nth(1)).hasText(first);
        assertThat(names.first()).hasText(second);
        // back again, from the button that kept the focus
        assertThat(focused(page)).hasAttribute("aria-label", "Flytta ned: " + first);
        page.keyboard().press("Shift+Tab");
        assertThat(focused(page)).hasAttribute("aria-label", "Flytta upp: " + first);
        page.keyboard().press("Enter");
        assertThat(names.first()).hasText(first);

        button(page, "Ändra: " + first).click();
        assertThat(page.getByRole(AriaRole.DIALOG).getByLabel("Namn på svenska")).hasValue(first);
        settled(page);
        browser.assertAccessible(page, "the target group dialog");
    }

    @Test
    void aCoordinatorWhoTypesTheAddressOfTheAgreementFormMeetsTheRefusal() {
        Page page = signIn("stad");
        assertThat(button(page, "Ny överenskommelse")).hasCount(0);
        open(page, url("agreements/new"));
        assertThat(page.getByText("Du har inte behörighet att göra det här.")).isVisible();
        browser.assertAccessible(page, "the refused agreement form");
    }
}
