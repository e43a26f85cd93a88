package se.samverkan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.PROGRESS_REPORT;
import static se.samverkan.report.ReportTestSupport.SV;
import static se.samverkan.report.ReportTestSupport.EN;
import static se.samverkan.report.ReportTestSupport.export;
import static se.samverkan.report.ReportTestSupport.readXlsx;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dhatim.fastexcel.reader.CellType;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.IntegrationTest;
import se.samverkan.actionplan.ActionItemStatus;
import se.samverkan.actionplan.ActionItemSummary;
import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.actionplan.ItemFilter;
import se.samverkan.agreement.AgreementScope;
import se.samverkan.agreement.AgreementService;
import se.samverkan.report.ReportTestSupport.SheetContent;

/** Exports of the item list read back: the expected rows and sheets, neutralised formulas, only readable items. */
@IntegrationTest
@Transactional
class ExportServiceTest {

    @Autowired
    ExportService exports;

    @Autowired
    ActionPlanService actionPlans;

    @Autowired
    AgreementService agreements;

    @Autowired
    DSLContext dsl;

    private static List<Long> ids(SheetContent sheet) {
        List<Long> ids = new ArrayList<>();
        for (int r = 1; r < sheet.rows().size(); r++) {
            ids.add(sheet.cell(r, 0).asNumber().longValueExact());
        }
        return ids;
    }

    @Test
    @WithUserDetails(value = "chef", userDetailsServiceBeanName = "accountService")
    void theExcelExportHoldsOneRowPerItemOfTheFilterWithEveryFieldAndSheetsForIndicatorsAndReports() {
        ItemFilter ongoing = new ItemFilter(null, null, null, Set.of(ActionItemStatus.ONGOING), null, null, null,
                null, null, false, null);
        List<ActionItemSummary> expected = actionPlans.findItems(ongoing, List.of(), 0, 10_000);
        assertThat(expected).hasSizeGreaterThan(2);

        List<SheetContent> sheets = readXlsx(export(exports, ongoing, ExportFormat.XLSX, SV));

        assertThat(sheets).extracting(SheetContent::name).containsExactly("Åtgärder", "Indikatorer", "Lägesrapporter");
        SheetContent items = sheets.getFirst();
        assertThat(items.rows().getFirst()).hasSize(ItemColumns.values().length);
        assertThat(ids(items)).containsExactlyElementsOf(expected.stream().map(ActionItemSummary::id).toList());
        int title = items.column("Titel");
        int status = items.column("Status");
        int version = items.column("Version");
        int due = items.column("Klart senast");
        for (int r = 1; r < items.rows().size(); r++) {
            ActionItemSummary summary = expected.get(r - 1);
            assertThat(items.cell(r, title).getText()).isEqualTo(summary.title());
            assertThat(items.cell(r, status).getText()).isEqualTo("Pågående");
            assertThat(items.cell(r, version).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(
                    dsl.fetchValue(ACTION_ITEM.VERSION, ACTION_ITEM.ID.eq(summary.id()))));
            if (summary.dueDate() != null) {
                assertThat(items.cell(r, due).asDate().toLocalDate()).isEqualTo(summary.dueDate());
            }
        }
        int reports = dsl.fetchCount(PROGRESS_REPORT,
                PROGRESS_REPORT.ACTION_ITEM_ID.in(expected.stream().map(ActionItemSummary::id).toList()));
        assertThat(reports).isPositive();
        assertThat(sheets.get(2).rows()).hasSize(reports + 1);
        assertThat(sheets.get(1).rows().size()).isGreaterThan(1);
    }

    @Test
    @WithUserDetails(value = "chef", userDetailsServiceBeanName = "accountService")
    void aTextThatLooksLikeAFormulaStaysTextInExcelAndCsv() {
        long id = actionPlans.findItems(ItemFilter.none(), List.of(), 0, 1).getFirst().id();
        String formula = "=HYPERLINK(\"http://example.invalid\";\"klicka\")";
        dsl.update(ACTION_ITEM).set(ACTION_ITEM.TITLE, formula).set(ACTION_ITEM.TRAFFIC_LIGHT, "RED")
                .set(ACTION_ITEM.TRAFFIC_LIGHT_COMMENT, "+46 8 123 456").where(ACTION_ITEM.ID.eq(id)).execute();
        ItemFilter one = new ItemFilter(null, null, null, null, null, null, null, null, null, false, "HYPERLINK");

        SheetContent items = readXlsx(export(exports, one, ExportFormat.XLSX, SV)).getFirst();
        assertThat(items.rows()).hasSize(2);
        var titleCell = items.cell(1, items.column("Titel"));
        assertThat(titleCell.getType()).isEqualTo(CellType.STRING);
        assertThat(titleCell.getText()).isEqualTo("'" + formula);
        assertThat(items.cell(1, items.column("Kommentar till bedömningen")).getText()).isEqualTo("'+46 8 123 456");

        String csv = new String(export(exports, one, ExportFormat.CSV_SEMICOLON, SV), StandardCharsets.UTF_8);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://example.invalid\"\";\"\"klicka\"\")\"")
                .doesNotContain(";=HYPERLINK").contains(";'+46 8 123 456;");
    }

    @Test
    @WithUserDetails(value = "chef", userDetailsServiceBeanName = "accountService")
    void csvIsUtf8WithAByteOrderMarkSemicolonsByDefaultAndCommasAsAnOption() {
        ItemFilter all = ItemFilter.none();
        byte[] semicolon = export(exports, all, ExportFormat.CSV_SEMICOLON, SV);
        assertThat(semicolon).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(semicolon, 3, semicolon.length - 3, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("ID;Version;Överenskommelse;");
        assertThat(ItemFileReader.csv(semicolon)).hasSize(exports.count(all) + 1);

        byte[] comma = export(exports, all, ExportFormat.CSV_COMMA, EN);
        String english = new String(comma, 3, comma.length - 3, StandardCharsets.UTF_8);
        assertThat(english.lines().findFirst().orElseThrow()).startsWith("ID,Version,Agreement,");
        List<List<String>> rows = ItemFileReader.csv(comma);
        assertThat(rows).hasSize(exports.count(all) + 1);
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(ItemColumns.values().length));
    }

    @Test
    @WithUserDetails(value = "polis", userDetailsServiceBeanName = "accountService")
    void anExportHoldsOnlyTheItemsTheUserReads() {
        ReportTestSupport.unreadableAgreement(dsl);
        AgreementScope scope = agreements.readScope();
        int unreadable = dsl.fetchCount(ACTION_ITEM, ACTION_ITEM.AGREEMENT_ID.notIn(scope.agreementIds()));
        assertThat(scope.all()).isFalse();
        assertThat(unreadable).as("items polis may not read exist").isPositive();

        SheetContent items = readXlsx(export(exports, ItemFilter.none(), ExportFormat.XLSX, SV)).getFirst();

        Set<Long> exported = new HashSet<>(ids(items));
        Set<Long> readable = new HashSet<>(dsl.select(ACTION_ITEM.ID).from(ACTION_ITEM)
                .where(ACTION_ITEM.AGREEMENT_ID.in(scope.agreementIds())).fetch(ACTION_ITEM.ID));
        assertThat(exported).isEqualTo(readable);
    }
}
