package se.samverkan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.browser.BrowserSession.open;
import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.ACTION_PLAN;
import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.AUDIT_EVENT;
import static se.samverkan.db.Tables.ORGANISATION;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
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
import com.microsoft.playwright.options.FilePayload;

import se.samverkan.WebIntegrationTest;
import se.samverkan.base.pdf.PdfChecks;

/**
 * Exports, import and the board report as people use them: download the filtered list as Excel and CSV, import an
 * edited file through its preview (and a bad one, which saves nothing), download the board report; axe on each page.
 */
@WebIntegrationTest
class ExportImportIT {

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

    private Page signIn(String username) {
        Page page = browser.newPage();
        BrowserSession.submitSignIn(page, url("login"), username, "demo");
        assertThat(page.locator("h1")).isVisible();
        return page;
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
    }

    /** Pictures of the page on phones (390 and 320 px wide), for people looking at a build's screenshots. */
    private static void narrowShots(Page page, String name) {
        for (int width : new int[] {390, 320}) {
            page.setViewportSize(width, 844);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target", "screenshots", name + "-" + width + ".png")));
        }
        page.setViewportSize(1280, 900);
    }

    private static Download download(Page page, String linkStart) {
        Locator link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^" + linkStart)));  // no Pattern.quote: Playwright hands the pattern to JavaScript
        try {
            assertThat(link).isVisible();
        } catch (AssertionError e) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target", "screenshots", "no-download-link.png")));
            throw e;
        }
        return page.waitForDownload(link::click);
    }

    @Test
    void aManagerDownloadsTheFilteredListAsExcelAndCsv() throws IOException {
        Page page = signIn("chef");
        open(page, url("action-items?status=ONGOING"));
        assertThat(page.locator("h1")).hasText("Alla åtgärder");
        link(page, "Exportera").click();
        assertThat(page.locator("h1")).hasText("Exportera åtgärder");
        Locator intro = page.getByText(Pattern.compile("som du har tillgång till: \\d+ st\\."));
        assertThat(intro).isVisible();
        java.util.regex.Matcher count = Pattern.compile("(\\d+) st\\.").matcher(intro.textContent());
        assertThat(count.find()).isTrue();
        int ongoing = Integer.parseInt(count.group(1));
        assertThat(ongoing).isPositive().isLessThanOrEqualTo(dsl.fetchCount(ACTION_ITEM,
                ACTION_ITEM.STATUS.eq("ONGOING")));
        browser.assertAccessible(page, "the export page");

        button(page, "Skapa filen").click();
        Download xlsx = download(page, "Ladda ned atgarder-");
        assertThat(xlsx.suggestedFilename()).endsWith(".xlsx");
        assertThat(page.getByText("Filen är klar: " + ongoing + " åtgärder")).isVisible();
        browser.assertAccessible(page, "the export page with its file");
        narrowShots(page, "export-page");
        int rows;
        try (ReadableWorkbook workbook = new ReadableWorkbook(Files.newInputStream(xlsx.path()));
                Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            rows = (int) stream.count();
        }
        assertThat(rows).isEqualTo(ongoing + 1);

        page.getByText("CSV med semikolon (svenska Excel)").click();
        button(page, "Skapa filen").click();
        Download csv = download(page, "Ladda ned atgarder-");
        assertThat(csv.suggestedFilename()).endsWith(".csv");
        byte[] bytes = Files.readAllBytes(csv.path());
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("ID;Version;Överenskommelse;");
        page.close();
    }

    /** An open, green item of the district administration, with dates inside its plan so that it may be saved. */
    private long editableItem() {
        long eav = dsl.fetchValue(ORGANISATION.ID,
                ORGANISATION.NAME.eq("Enskede-Årsta-Vantörs stadsdelsförvaltning"));
        long id = dsl.select(ACTION_ITEM.ID).from(ACTION_ITEM).where(ACTION_ITEM.LEAD_ORGANISATION_ID.eq(eav))
                .and(ACTION_ITEM.STATUS.eq("ONGOING")).and(ACTION_ITEM.TRAFFIC_LIGHT.eq("GREEN"))
                .and(ACTION_ITEM.PROGRESS.lt(90)).orderBy(ACTION_ITEM.ID).limit(1).fetchSingle().value1();
        dsl.update(ACTION_ITEM.join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION_ITEM.ACTION_PLAN_ID)))
                .set(ACTION_ITEM.START_DATE, ACTION_PLAN.PERIOD_START)
                .set(ACTION_ITEM.DUE_DATE, ACTION_PLAN.PERIOD_END)
                .set(ACTION_ITEM.NEW_WORK_JUSTIFICATION, "Ny insats i stadsdelen.")
                .where(ACTION_ITEM.ID.eq(id)).execute();
        return id;
    }

    private static FilePayload csv(String name, String... lines) {
        String text = "\uFEFFID;Version;Status;Genomfört (%);Bedömning;Kommentar till bedömningen\r\n"
                + String.join("\r\n", lines) + "\r\n";
        return new FilePayload(name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCoordinatorImportsAnEditedFileThroughItsPreviewAndABadFileSavesNothing() {
        long id = editableItem();
        var item = dsl.selectFrom(ACTION_ITEM).where(ACTION_ITEM.ID.eq(id)).fetchSingle();
        int progress = item.getProgress() + 5;
        Page page = signIn("stad");
        open(page, url("action-items"));
        BrowserSession.settled(page);
        link(page, "Importera").click();
        assertThat(page.locator("h1")).hasText("Importera ändringar");
        browser.assertAccessible(page, "the import page");

        // a bad file: an unknown status; the preview names the error and offers no save
        page.locator("vaadin-upload input[type=file]").setInputFiles(csv("fel.csv",
                id + ";" + item.getVersion() + ";Klar typ;" + progress + ";Grön;"));
        assertThat(page.getByText("Rader som ändrar något: 0. Rader med fel: 1.")).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Status: Okänd status."))).not().hasCount(0);
        assertThat(button(page, "Spara ändringarna")).isHidden();
        browser.assertAccessible(page, "the import preview with an error");
        assertThat(dsl.fetchValue(ACTION_ITEM.PROGRESS, ACTION_ITEM.ID.eq(id))).isEqualTo(item.getProgress());

        // the same row made right: one change, saved with an audit entry
        open(page, url("action-items/import"));
        int audits = dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION_ITEM_ID.eq(id));
        page.locator("vaadin-upload input[type=file]").setInputFiles(csv("andrad.csv",
                id + ";" + item.getVersion() + ";Pågående;" + progress + ";Grön;"));
        assertThat(page.getByText("Rader som ändrar något: 1. Rader med fel: 0.")).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Genomfört: " + item.getProgress() + " % → " + progress + " %"))).not().hasCount(0);
        browser.assertAccessible(page, "the import preview");
        narrowShots(page, "import-preview");
        button(page, "Spara ändringarna").click();
        assertThat(page.getByText("1 åtgärder är ändrade.")).isVisible();
        assertThat(dsl.fetchValue(ACTION_ITEM.PROGRESS, ACTION_ITEM.ID.eq(id))).isEqualTo(progress);
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION_ITEM_ID.eq(id).and(AUDIT_EVENT.ACTION.eq("IMPORT"))))
                .isEqualTo(1);
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION_ITEM_ID.eq(id))).isEqualTo(audits + 1);
        page.close();
    }

    @Test
    void aViewerIsOfferedNoImport() {
        Page page = signIn("insyn");
        open(page, url("action-items"));
        assertThat(link(page, "Exportera")).isVisible();
        assertThat(link(page, "Importera")).hasCount(0);
        open(page, url("action-items/import"));
        assertThat(page.getByText("Du har inte behörighet att importera ändringar.")).isVisible();
        assertThat(page.locator("vaadin-upload")).hasCount(0);
        page.close();
    }

    @Test
    void aManagerDownloadsTheBoardReportFromTheAgreementPage() throws IOException {
        long agreement = dsl.fetchValue(AGREEMENT.ID, AGREEMENT.KIND.eq("CITY_WIDE"));
        String title = dsl.fetchValue(AGREEMENT.TITLE, AGREEMENT.ID.eq(agreement));
        Page page = signIn("chef");
        open(page, url("agreements/" + agreement));
        BrowserSession.settled(page);
        link(page, "Rapport till styrelsen (PDF)").click();
        assertThat(page.locator("h1")).hasText("Uppföljningsrapport till styrelsen");
        assertThat(page.getByLabel("Överenskommelse")).hasValue(title);
        browser.assertAccessible(page, "the board report page");

        button(page, "Skapa rapporten").click();
        Download pdf = download(page, "Ladda ned uppfoljning-");
        assertThat(pdf.suggestedFilename()).endsWith(".pdf");
        browser.assertAccessible(page, "the board report page with its file");
        narrowShots(page, "board-report-page");
        byte[] bytes = Files.readAllBytes(pdf.path());
        assertThat(PdfChecks.text(bytes)).contains("Uppföljningsrapport", title, "Försenade åtgärder");
        assertThat(PdfChecks.titleAndLanguage(bytes)[1]).isEqualTo("sv");
        page.close();
    }
}
