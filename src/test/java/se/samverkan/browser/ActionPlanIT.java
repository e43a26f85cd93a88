package se.samverkan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.browser.BrowserSession.open;
import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.ACTION_ITEM_CO_OWNER;
import static se.samverkan.db.Tables.ACTION_PLAN;
import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.ORGANISATION;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import se.samverkan.WebIntegrationTest;

/**
 * The action plan as coordinators, a police coordinator, a viewer and two people at once use it: edit an item, report
 * with an attachment, measure, read the history; by keyboard alone too.
 */
@WebIntegrationTest
class ActionPlanIT {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired
    DSLContext dsl;

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    /**
     * Fixture: the district administration's open items get dates inside their plan, so that saving them is valid
     * whatever day the demo was loaded on. Idempotent.
     */
    @org.junit.jupiter.api.BeforeEach
    void itemsFitTheirPlans() {
        dsl.update(ACTION_ITEM.join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION_ITEM.ACTION_PLAN_ID)))
                .set(ACTION_ITEM.START_DATE, ACTION_PLAN.PERIOD_START)
                .set(ACTION_ITEM.DUE_DATE, ACTION_PLAN.PERIOD_END)
                .where(ACTION_ITEM.LEAD_ORGANISATION_ID.eq(organisation("Enskede-Årsta-Vantörs stadsdelsförvaltning")))
                .and(ACTION_ITEM.START_DATE.lt(ACTION_PLAN.PERIOD_START).or(ACTION_ITEM.DUE_DATE.gt(ACTION_PLAN.PERIOD_END)))
                .execute();
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private void signIn(Page page, String username) {
        BrowserSession.submitSignIn(page, url("login"), username, "demo");
        assertThat(page.locator("h1")).isVisible();
    }

    private long organisation(String name) {
        return dsl.fetchValue(ORGANISATION.ID, ORGANISATION.NAME.eq(name));
    }

    private Condition coOwnedBy(String name) {
        return DSL.exists(DSL.selectOne().from(ACTION_ITEM_CO_OWNER)
                .where(ACTION_ITEM_CO_OWNER.ACTION_ITEM_ID.eq(ACTION_ITEM.ID))
                .and(ACTION_ITEM_CO_OWNER.ORGANISATION_ID.eq(organisation(name))));
    }

    private long item(Condition where) {
        return dsl.select(ACTION_ITEM.ID).from(ACTION_ITEM).join(AGREEMENT).on(AGREEMENT.ID.eq(ACTION_ITEM.AGREEMENT_ID))
                .where(where).orderBy(ACTION_ITEM.ID).limit(1).fetchSingle().value1();
    }

    /** An open item stad's district administration leads, with dates inside its plan (so saving it is valid). */
    private long eavItem(int skip) {
        return dsl.select(ACTION_ITEM.ID).from(ACTION_ITEM)
                .join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION_ITEM.ACTION_PLAN_ID))
                .where(ACTION_ITEM.LEAD_ORGANISATION_ID.eq(organisation("Enskede-Årsta-Vantörs stadsdelsförvaltning")))
                .and(ACTION_ITEM.STATUS.in("ONGOING", "PLANNED"))
                .and(ACTION_ITEM.START_DATE.isNull().or(ACTION_ITEM.START_DATE.ge(ACTION_PLAN.PERIOD_START)))
                .and(ACTION_ITEM.DUE_DATE.isNull().or(ACTION_ITEM.DUE_DATE.le(ACTION_PLAN.PERIOD_END)))
                .orderBy(ACTION_ITEM.ID).offset(skip).limit(1).fetchSingle().value1();
    }

    private Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
    }

    private Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator tab(Page page, String name) {
        return page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(Pattern.compile("^" + name)));
    }

    @Test
    void aCoordinatorEditsAnItemReportsWithAnAttachmentMeasuresAndReadsTheHistory() throws Exception {
        Page page = browser.newPage();
        signIn(page, "stad");
        assertThat(page).hasURL(Pattern.compile(".*/my-items(\\?continue)?$"));
        browser.assertAccessible(page, "my items");

        // a click anywhere in the row opens the item: here, on the cell with its area
        long id = eavItem(0);
        String title = dsl.fetchValue(ACTION_ITEM.TITLE, ACTION_ITEM.ID.eq(id));
        Locator titleLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(true));
        titleLink.scrollIntoViewIfNeeded();
        var box = titleLink.boundingBox();
        // beside the link, in the row's next cell
        page.mouse().click(box.x + box.width + 60, box.y + box.height / 2);
        assertThat(page).hasURL(url("action-items/" + id));
        String itemUrl = page.url();
        String oldTitle = page.locator("h1").innerText();
        browser.assertAccessible(page, "an action item");

        link(page, "Redigera").click();
        assertThat(heading(page, "Redigera: " + oldTitle)).isVisible();
        browser.assertAccessible(page, "the edit page");
        page.getByLabel("Titel").fill("Trygghetsvandringar med skolorna");
        page.getByLabel("Vad det innebär i praktiken").fill("Elever och lärare går med på vandringarna.");
        page.getByText("Gul – risk för avvikelse").click();
        page.getByLabel("Kommentar till bedömningen").fill("Skolorna kan först efter jullovet.");
        page.getByText("Barn", new Page.GetByTextOptions().setExact(true)).click();
        // new lines appear after a round trip: fill the new one, not the last of those already there
        int resources = page.getByLabel("Timmar").count();
        button(page, "Lägg till resurs").click();
        assertThat(page.getByLabel("Timmar")).hasCount(resources + 1);
        page.getByLabel("Timmar").last().fill("40");
        int bases = page.getByLabel("Beskrivning").count();
        button(page, "Lägg till befintligt arbete").click();
        assertThat(page.getByLabel("Beskrivning")).hasCount(bases + 1);
        page.getByLabel("Beskrivning").last().fill("Skolornas trygghetsråd");
        page.getByText("Får publiceras", new Page.GetByTextOptions().setExact(true)).click();
        button(page, "Spara").click();

        assertThat(page).hasURL(itemUrl);
        assertThat(page.locator("h1")).hasText("Trygghetsvandringar med skolorna");
        assertThat(page.getByText("Elever och lärare går med på vandringarna.")).isVisible();
        assertThat(page.getByText("Skolorna kan först efter jullovet.")).isVisible();
        assertThat(page.getByText("40 timmar").first()).isVisible();
        assertThat(page.getByText("Skolornas trygghetsråd")).isVisible();

        // a progress report with an attachment
        button(page, "Ny lägesrapport").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Vad har hänt?").fill("Första vandringen med två skolor är genomförd.");
        dialog.getByLabel("Genomfört").fill("70");
        byte[] pdf = minimalPdf();
        dialog.locator("vaadin-upload input[type=file]").setInputFiles(
                new FilePayload("protokoll.pdf", "application/pdf", pdf));
        assertThat(dialog.getByText("protokoll.pdf")).isVisible();
        browser.assertAccessible(page, "the progress report dialog");
        button(page, "Spara").click();
        assertThat(dialog).isHidden();
        tab(page, "Lägesrapporter").click();
        assertThat(page.getByText("Första vandringen med två skolor är genomförd.")).isVisible();
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName(Pattern.compile("^protokoll\\.pdf"))).click());
        assertThat(Files.readAllBytes(Path.of(download.path().toString()))).isEqualTo(pdf);

        // an indicator of the item, and a measurement
        tab(page, "Indikatorer").click();
        button(page, "Ny indikator").click();
        Locator indicatorDialog = page.getByRole(AriaRole.DIALOG);
        indicatorDialog.getByLabel("Indikator").fill("Antal genomförda vandringar");
        indicatorDialog.getByLabel("Enhet").fill("antal");
        button(page, "Spara").click();
        assertThat(heading(page, "Antal genomförda vandringar")).isVisible();
        page.getByLabel("Värde", new Page.GetByLabelOptions().setExact(true)).fill("3");
        button(page, "Spara mätvärdet").click();
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("3 antal")))
                .not().hasCount(0);
        browser.assertAccessible(page, "the indicator page");

        // after a reload everything is there, and the history shows before and after
        open(page, itemUrl);
        assertThat(page.locator("h1")).hasText("Trygghetsvandringar med skolorna");
        tab(page, "Historik").click();
        Locator history = page.locator(".item-history");
        assertThat(history.getByText(oldTitle).first()).isVisible();
        assertThat(history.getByText("Trygghetsvandringar med skolorna").first()).isVisible();
        assertThat(history.getByText("Lägesrapport").first()).isVisible();
        assertThat(history.getByText("Mätvärde").first()).isVisible();
        assertThat(history.getByText("Bilaga").first()).isVisible();
        browser.assertAccessible(page, "the history tab");
    }

    /** WCAG 2.1.1: edit an item and add a progress report with Tab, Enter, Space and typing only. */
    @Test
    void aCoordinatorEditsAndReportsWithTheKeyboardAlone() {
        Page page = browser.newPage();
        signIn(page, "stad");
        long id = eavItem(1);
        open(page, url("action-items/" + id));
        assertThat(page.locator("h1")).isVisible();

        tabTo(page, "a", "Redigera");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(url("action-items/" + id + "/edit"));
        tabTo(page, "input", "Titel");
        page.keyboard().press("Control+A");
        page.keyboard().type("Ändrad med tangentbordet");
        tabTo(page, "textarea", "Varför en ny insats behövs");
        page.keyboard().type(" Ingen annan gör detta.");
        tabTo(page, "vaadin-button", "Spara");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(url("action-items/" + id));
        assertThat(page.locator("h1")).hasText("Ändrad med tangentbordet");

        tabTo(page, "vaadin-button", "Ny lägesrapport");
        page.keyboard().press("Space");
        tabTo(page, "textarea", "Vad har hänt?");
        page.keyboard().type("Rapporterad utan mus.");
        tabTo(page, "vaadin-button", "Spara");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.DIALOG)).isHidden();
        // Tab reaches the selected tab; the arrow key moves to the next one and shows it
        tabTo(page, "button", "Översikt");
        page.keyboard().press("ArrowRight");
        assertThat(page.getByText("Rapporterad utan mus.")).isVisible();
    }

    /**
     * Presses Tab until the focused element (or the component it sits in) has the tag and the accessible text; the
     * keyboard is all that moves the focus.
     */
    private void tabTo(Page page, String tag, String text) {
        for (int i = 0; i < 120; i++) {
            page.keyboard().press("Tab");
            Boolean found = (Boolean) page.evaluate("""
                    ([tag, text]) => {
                      let el = document.activeElement;
                      while (el && el.shadowRoot && el.shadowRoot.activeElement) { el = el.shadowRoot.activeElement; }
                      const host = el && el.closest ? el.closest(tag) : null;
                      const candidates = [el, host, el && el.getRootNode && el.getRootNode().host].filter(Boolean);
                      return candidates.some(c => c.matches && c.matches(tag) && (
                        (c.innerText || '').trim().startsWith(text) || c.getAttribute('aria-label') === text
                        || (c.labels && [...c.labels].some(l => l.innerText.trim().startsWith(text)))
                        || (c.closest('[label]') && c.closest('[label]').getAttribute('label') === text)));
                    }
                    """, new Object[] { tag, text });
            if (Boolean.TRUE.equals(found)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + tag + " '" + text + "'");
    }

    @Test
    void thePoliceCoordinatorEditsTheirAreasItemButNotAnother() {
        long own = item(ACTION_ITEM.LEAD_ORGANISATION_ID.eq(organisation("Lokalpolisområde Farsta")));
        long other = item(ACTION_ITEM.LEAD_ORGANISATION_ID.eq(organisation("Socialförvaltningen"))
                .and(DSL.not(coOwnedBy("Lokalpolisområde Farsta"))));
        Page page = browser.newPage();
        signIn(page, "polis");
        open(page, url("action-items/" + own));
        assertThat(link(page, "Redigera")).isVisible();
        assertThat(button(page, "Ny lägesrapport")).isVisible();
        assertThat(button(page, "Ta bort")).hasCount(0);

        open(page, url("action-items/" + other));
        assertThat(page.locator("h1")).isVisible();
        assertThat(link(page, "Redigera")).hasCount(0);
        assertThat(button(page, "Ny lägesrapport")).hasCount(0);
        // a URL typed by hand meets the service's refusal, shown as "not found"
        open(page, url("action-items/" + other + "/edit"));
        assertThat(heading(page, "Sidan finns inte")).isVisible();
    }

    @Test
    void aViewerReadsAndSeesNoButtonsToChangeAnything() {
        Page page = browser.newPage();
        signIn(page, "insyn");
        open(page, url("action-items/" + eavItem(0)));
        assertThat(page.locator("h1")).isVisible();
        assertThat(link(page, "Redigera")).hasCount(0);
        assertThat(button(page, "Ny lägesrapport")).hasCount(0);
        assertThat(button(page, "Ta bort")).hasCount(0);
        tab(page, "Indikatorer").click();
        assertThat(button(page, "Ny indikator")).hasCount(0);
    }

    @Test
    void ofTwoPeopleSavingTheSameItemTheSecondIsToldAndTheFirstTextStays() {
        long id = eavItem(2);
        Page first = browser.newPage();
        Page second = browser.newPage();
        signIn(first, "stad");
        signIn(second, "stad");
        open(first, url("action-items/" + id + "/edit"));
        open(second, url("action-items/" + id + "/edit"));
        assertThat(first.getByLabel("Titel")).isVisible();
        assertThat(second.getByLabel("Titel")).isVisible();

        first.getByLabel("Titel").fill("Först sparad");
        first.getByLabel("Varför en ny insats behövs").fill("Ny verksamhet.");
        button(first, "Spara").click();
        assertThat(first.locator("h1")).hasText("Först sparad");

        second.getByLabel("Titel").fill("Sparad sedan");
        second.getByLabel("Varför en ny insats behövs").fill("Ny verksamhet.");
        button(second, "Spara").click();
        assertThat(second.getByText("Någon annan har ändrat det här sedan du öppnade det")).isVisible();
        assertThat(button(second, "Ladda om")).isVisible();

        open(first, url("action-items/" + id));
        assertThat(first.locator("h1")).hasText("Först sparad");
    }

    @Test
    void aPersonalIdentityNumberIsRefusedWithTheReason() {
        Page page = browser.newPage();
        signIn(page, "stad");
        long id = eavItem(0);
        open(page, url("action-items/" + id + "/edit"));
        BrowserSession.settled(page);
        page.getByLabel("Vad det innebär i praktiken").fill("Kontakt med kvinnan, 811218-9876, varje vecka.");
        page.getByLabel("Titel").click();
        assertThat(page.getByText("ser ut att innehålla ett personnummer").first()).isVisible();
        button(page, "Spara").click();
        assertThat(page).hasURL(url("action-items/" + id + "/edit"));
        assertThat(dsl.fetchValue(ACTION_ITEM.DESCRIPTION, ACTION_ITEM.ID.eq(id))).doesNotContain("811218");
    }

    /** The smallest well-formed PDF: enough for the content check to recognise it. */
    private static byte[] minimalPdf() {
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n";
        return pdf.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
