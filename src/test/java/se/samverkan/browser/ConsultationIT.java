package se.samverkan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.browser.BrowserSession.open;
import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.CONSULTATION_REMARK;
import static se.samverkan.db.Tables.CONSULTATION_ROUND;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.samverkan.WebIntegrationTest;

/**
 * The consultation round KS 2019/656 as the manager and a coordinator meet it: who answered and who did not, the
 * Enskede-Årsta-Vantör answer with its decision and statements, a remark followed to its handling and to the action
 * item that takes it up, the compilation downloaded as .docx and as PDF (PDF/UA-1 by veraPDF); the coordinator sees on the item the remark it answers;
 * a manager's bad handling is refused at the field. Axe on every page; the pages at 1366, 390 and 320 px wide.
 */
@WebIntegrationTest
class ConsultationIT {

    private static final String CHILD_VICTIMS = "Barn som brottsoffer i samverkansrutinerna";
    private static final String CHILDREN_REMARK = "Barn bör nämnas uttryckligen bland de särskilt utsatta brottsoffren.";

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

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private void signIn(Page page, String username) {
        BrowserSession.submitSignIn(page, url("login"), username, "demo");
        assertThat(page.locator("h1")).isVisible();
    }

    private Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private long ksRound() {
        return dsl.fetchValue(CONSULTATION_ROUND.ID, CONSULTATION_ROUND.DIARY_NUMBER.eq("KS 2019/656"));
    }

    @Test
    void theManagerFollowsTheRoundToAnswersRemarksItemsAndTheCompilation() throws Exception {
        Page page = browser.newPage();
        signIn(page, "chef");
        page.getByRole(AriaRole.NAVIGATION).getByText("Remisser").click();
        assertThat(page).hasURL(url("consultations"));
        assertThat(heading(page, "Remisser")).isVisible();
        browser.assertAccessible(page, "consultations list");

        String title = "Förslag till övergripande samverkansöverenskommelse mellan Stockholms stad och Polisregion "
                + "Stockholm";
        link(page, title).click();
        assertThat(page).hasURL(url("consultations/" + ksRound()));
        assertThat(heading(page, title)).isVisible();
        assertThat(page.getByText("4 av 5 tillfrågade har svarat. 1 har inte svarat före sista svarsdagen."))
                .isVisible();
        Locator bodies = page.locator(".body-card");
        assertThat(bodies).hasCount(5);
        assertThat(bodies.filter(new Locator.FilterOptions().setHasText("Har svarat"))).hasCount(4);
        Locator sodermalm = bodies.filter(new Locator.FilterOptions().setHasText("Södermalms stadsdelsförvaltning"));
        assertThat(sodermalm).containsText("Har inte svarat i tid");
        assertThat(sodermalm).containsText("Inget svar har kommit in, sista svarsdag var 2019-09-06.");
        assertThat(bodies.filter(new Locator.FilterOptions().setHasText("Farsta stadsdelsförvaltning")))
                .containsText("Exempel");
        browser.assertAccessible(page, "consultation round");

        link(page, "Enskede-Årsta-Vantörs stadsdelsförvaltning").click();
        assertThat(heading(page, "Enskede-Årsta-Vantörs stadsdelsförvaltning: svar på remissen")).isVisible();
        Locator decision = page.locator("section").filter(new Locator.FilterOptions().setHas(heading(page, "Beslut")));
        assertThat(decision).containsText("§ 13");
        assertThat(decision).containsText("EÅV 2019/274");
        assertThat(decision.locator("ol li")).hasCount(2);
        assertThat(heading(page, "Förvaltningens tjänsteutlåtande")).isVisible();
        assertThat(page.getByText("Tjänsteutlåtandet är daterat 2019-08-07.")).isVisible();
        assertThat(heading(page, "Särskilt uttalande: Socialdemokraterna (S) och Vänsterpartiet (V)")).isVisible();
        assertThat(heading(page, "Ersättaryttrande: Feministiskt initiativ (Fi), ersättare")).isVisible();
        assertThat(page.locator(".remark-card")).hasCount(8);
        browser.assertAccessible(page, "consultation answer");

        // the remark on children: its handling, and the item that takes it up
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hantering och åtgärder för synpunkt 4"))
                .click();
        assertThat(heading(page, "Synpunkt 4 från Enskede-Årsta-Vantörs stadsdelsförvaltning")).isVisible();
        assertThat(page.getByText(CHILDREN_REMARK)).isVisible();
        assertThat(page.locator(".handling-accepted")).hasText("Tillgodosedd");
        browser.assertAccessible(page, "consultation remark");
        link(page, CHILD_VICTIMS).click();
        long itemId = dsl.fetchValue(ACTION_ITEM.ID, ACTION_ITEM.TITLE.eq(CHILD_VICTIMS));
        assertThat(page).hasURL(url("action-items/" + itemId));
        assertThat(heading(page, "Väckt i remiss")).isVisible();
        assertThat(link(page, CHILDREN_REMARK)).isVisible();

        // the compilation, and its Word file read back
        open(page, url("consultations/" + ksRound() + "/compilation"));
        assertThat(heading(page, "Sammanställning av remissen " + title)).isVisible();
        assertThat(heading(page, "Målgrupp: barn (2)")).isVisible();
        browser.assertAccessible(page, "consultation compilation");
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Ladda ner som Word (.docx)")).click());
        assertThat(download.suggestedFilename()).isEqualTo("remiss-" + ksRound() + "-sammanstallning.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
                Files.readAllBytes(Path.of(download.path().toString()))))) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("Sammanställning av remissen " + title, "Målgrupp: barn (2)");
            assertThat(doc.getTables().getFirst().getRow(1).getCell(2).getText()).contains("§ 13", "EÅV 2019/274");
        }
        Download pdf = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Ladda ner som PDF")).click());
        assertThat(pdf.suggestedFilename()).isEqualTo("remiss-" + ksRound() + "-sammanstallning.pdf");
        byte[] pdfBytes = Files.readAllBytes(Path.of(pdf.path().toString()));
        assertThat(se.samverkan.base.pdf.PdfChecks.pdfUaFailures(pdfBytes)).isEmpty();
        assertThat(se.samverkan.base.pdf.PdfChecks.text(pdfBytes)).contains("Sammanställning av remissen",
                "Målgrupp: barn (2)");
    }

    @Test
    void aCoordinatorSeesOnAnItemTheRemarksItAnswersAndReadsTheRoundWithoutEditing() {
        Page page = browser.newPage();
        signIn(page, "stad");
        long itemId = dsl.fetchValue(ACTION_ITEM.ID, ACTION_ITEM.TITLE.eq(CHILD_VICTIMS));
        open(page, url("action-items/" + itemId));
        assertThat(heading(page, "Väckt i remiss")).isVisible();
        Locator raised = page.locator(".raised-remark").filter(new Locator.FilterOptions().setHasText(CHILDREN_REMARK));
        assertThat(raised).containsText("Enskede-Årsta-Vantörs stadsdelsförvaltning i remissen");
        assertThat(raised).containsText("Tillgodosedd");
        browser.assertAccessible(page, "action item raised in consultation");

        raised.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(CHILDREN_REMARK)).click();
        assertThat(heading(page, "Synpunkt 4 från Enskede-Årsta-Vantörs stadsdelsförvaltning")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ändra synpunkten")))
                .hasCount(0);
        open(page, url("consultations/" + ksRound()));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ändra remissen"))).hasCount(0);
        assertThat(page.getByText("Registrera svar")).hasCount(0);
    }

    @Test
    void aManagersHandlingWithoutAReasonIsRefusedAtTheField() {
        long remarkId = dsl.fetchValue(CONSULTATION_REMARK.ID,
                CONSULTATION_REMARK.TEXT.startsWith("Redovisa uppföljningen öppet"));
        Page page = browser.newPage();
        signIn(page, "chef");
        open(page, url("consultation-remarks/" + remarkId));
        assertThat(page.locator(".handling-pending")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ändra synpunkten")).click();
        // the dialog's content is drawn in an overlay: its fields and buttons are found on the page
        page.getByText("Ej tillgodosedd", new Page.GetByTextOptions().setExact(true)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara").setExact(true)).click();
        // at the field (Vaadin also announces it in a live region)
        assertThat(page.locator("vaadin-text-area [slot=error-message]")
                .filter(new Locator.FilterOptions().setHasText("Skriv varför synpunkten inte tillgodoses."))).isVisible();
        browser.assertAccessible(page, "remark dialog with an error");
        page.getByLabel("Motivering").fill("Stadens öppna redovisning sker redan i årsrapporten.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(page.locator(".handling-not_accepted")).hasText("Ej tillgodosedd");
        assertThat(page.getByText("Stadens öppna redovisning sker redan i årsrapporten.")).isVisible();
        assertThat(dsl.fetchValue(CONSULTATION_REMARK.HANDLING, CONSULTATION_REMARK.ID.eq(remarkId)))
                .isEqualTo("NOT_ACCEPTED");
    }

    @Test
    void aManagerRecordsTheAnswerOfABodyThatIsAwaited() {
        long roundId = dsl.select(CONSULTATION_ROUND.ID).from(CONSULTATION_ROUND)
                .where(CONSULTATION_ROUND.STATUS.eq("OPEN")).fetchSingle().value1();
        Page page = browser.newPage();
        signIn(page, "chef");
        open(page, url("consultations/" + roundId));
        Locator traffic = page.locator(".body-card").filter(new Locator.FilterOptions().setHasText("Trafikkontoret"));
        assertThat(traffic).containsText("Väntar på svar");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrera svar från Trafikkontoret"))
                .click();
        assertThat(heading(page, "Svar från Trafikkontoret")).isVisible();
        page.getByLabel("Beslutspunkter").fill("Förvaltningen tillstyrker förslaget.\nParagrafen justeras omedelbart.");
        page.getByLabel("Paragraf").fill("§ 7");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till yttrande")).click();
        page.getByLabel("Partier eller ledamöter").fill("Moderaterna (M)");
        page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true)).fill("Vi vill se fler kameror.");
        browser.assertAccessible(page, "record an answer");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
        assertThat(heading(page, "Trafikkontoret: svar på remissen")).isVisible();
        assertThat(page.locator("ol.decision-points li")).hasCount(2);
        assertThat(heading(page, "Särskilt uttalande: Moderaterna (M)")).isVisible();
        open(page, url("consultations/" + roundId));
        assertThat(traffic).containsText("Har svarat");
        assertThat(traffic).containsText("§ 7");
    }

    /** Each page at a laptop's, a phone's and the narrowest phone's width: no sideways scrolling. */
    @Test
    void thePagesFitALaptopAndAPhone() {
        long roundId = ksRound();
        long answerId = dsl.fetchValue(se.samverkan.db.Tables.CONSULTATION_ANSWER.ID,
                se.samverkan.db.Tables.CONSULTATION_ANSWER.PARAGRAPH.eq("§ 13"));
        long remarkId = dsl.fetchValue(CONSULTATION_REMARK.ID, CONSULTATION_REMARK.TEXT.eq(CHILDREN_REMARK));
        Page page = browser.newPage();
        signIn(page, "chef");
        String[] paths = { "consultations", "consultations/" + roundId, "consultation-answers/" + answerId,
                "consultation-remarks/" + remarkId, "consultations/" + roundId + "/compilation",
                "consultation-answers/" + answerId + "/edit" };
        for (int[] size : new int[][] { { 1366, 768 }, { 390, 844 }, { 320, 640 } }) {
            page.setViewportSize(size[0], size[1]);
            for (String path : paths) {
                open(page, url(path));
                assertThat(page.locator("h1")).isVisible();
                page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target",
                        "screenshots", "consultation-" + size[0] + "-" + path.replaceAll("[^a-z0-9]+", "-") + ".png")));
                Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
                assertThat(((Number) overflow).intValue()).as(path + " at " + size[0] + " px scrolls sideways by")
                        .isLessThanOrEqualTo(0);
                // nor is a long word cut off inside its own box
                Object clipped = page.evaluate("() => [...document.querySelectorAll("
                        + "'main h1, main h2, main h3, main p, main li, main dd')]"
                        + ".filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.textContent.slice(0, 40))");
                assertThat((java.util.List<?>) clipped).as(path + " at " + size[0] + " px: text cut off").isEmpty();
            }
        }
    }
}
