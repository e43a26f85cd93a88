package se.samverkan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.AUDIT_CHANGE;
import static se.samverkan.db.Tables.AUDIT_EVENT;
import static se.samverkan.report.ReportTestSupport.BOTH;
import static se.samverkan.report.ReportTestSupport.SV;
import static se.samverkan.report.ReportTestSupport.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.IntegrationTest;
import se.samverkan.actionplan.ActionItemSummary;
import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.actionplan.ItemFilter;
import se.samverkan.actionplan.ItemUpdateService;
import se.samverkan.actionplan.ItemUpdatesRefusedException;
import se.samverkan.base.validation.FieldError;

/**
 * Importing an edited export: the changes are applied and audited; a file with bad rows changes nothing and names
 * every error; a newer save in between is refused; a viewer changes nothing.
 */
@IntegrationTest
@Transactional
class ImportServiceTest {

    @Autowired
    ImportService imports;

    @Autowired
    ExportService exports;

    @Autowired
    ActionPlanService actionPlans;

    @Autowired
    ItemUpdateService updates;

    @Autowired
    DSLContext dsl;

    /** An exported CSV (semicolons, Swedish) as rows of cells, the header first. */
    private List<List<String>> exportedRows() {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : ItemFileReader.csv(export(exports, ItemFilter.none(), ExportFormat.CSV_SEMICOLON, SV))) {
            rows.add(new ArrayList<>(row));
        }
        return rows;
    }

    private static byte[] csv(List<List<String>> rows) {
        String text = rows.stream().map(r -> r.stream().map(c -> c.contains(";") || c.contains("\"") || c.contains("\n")
                ? '"' + c.replace("\"", "\"\"") + '"' : c).collect(Collectors.joining(";")))
                .collect(Collectors.joining("\r\n"));
        return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    }

    private static int col(List<List<String>> rows, String header) {
        return rows.getFirst().indexOf(header);
    }

    /** Edits the row of the item: the operator gets the row and returns it changed. */
    private static void edit(List<List<String>> rows, long id, UnaryOperator<List<String>> change) {
        for (int r = 1; r < rows.size(); r++) {
            if (rows.get(r).get(0).equals(Long.toString(id))) {
                rows.set(r, change.apply(rows.get(r)));
                return;
            }
        }
        throw new AssertionError("item " + id + " not exported");
    }

    /** Open items the signed-in user may edit. */
    private List<Long> editableOpenItems(int n) {
        return actionPlans.findItems(ItemFilter.none(), List.of(), 0, 1000).stream()
                .filter(s -> s.status().isOpen() && s.progress() < 90)
                .map(ActionItemSummary::id)
                .filter(id -> actionPlans.findItem(id).orElseThrow().permissions().edit())
                .limit(n).toList();
    }

    private Map<Long, Integer> versions() {
        return dsl.select(ACTION_ITEM.ID, ACTION_ITEM.VERSION).from(ACTION_ITEM)
                .fetchMap(ACTION_ITEM.ID, ACTION_ITEM.VERSION);
    }

    @Test
    @WithUserDetails(value = "stad", userDetailsServiceBeanName = "accountService")
    void anEditedExportUpdatesTheItemsAndWritesAnAuditEntryForEach() {
        List<Long> ids = editableOpenItems(2);
        assertThat(ids).hasSize(2);
        List<List<String>> rows = exportedRows();
        int status = col(rows, "Status");
        int progress = col(rows, "Genomfört (%)");
        int light = col(rows, "Bedömning");
        int comment = col(rows, "Kommentar till bedömningen");
        edit(rows, ids.get(0), r -> {
            r.set(status, "Pågående");
            r.set(progress, "90");
            return r;
        });
        edit(rows, ids.get(1), r -> {
            r.set(light, "Röd");
            r.set(comment, "=Budgeten räcker inte");
            return r;
        });
        int auditBefore = dsl.fetchCount(AUDIT_EVENT);

        ImportPreview preview = imports.preview(csv(rows), BOTH, done -> { });

        assertThat(preview.fileErrors()).isEmpty();
        assertThat(preview.refusedRows()).as("rows of items stad may not edit are left as they were").isZero();
        assertThat(preview.changedRows()).isEqualTo(2);
        assertThat(preview.canApply()).isTrue();
        assertThat(dsl.fetchCount(AUDIT_EVENT)).as("a preview writes nothing").isEqualTo(auditBefore);

        assertThat(imports.apply(preview)).isEqualTo(2);

        var first = dsl.selectFrom(ACTION_ITEM).where(ACTION_ITEM.ID.eq(ids.get(0))).fetchSingle();
        assertThat(first.getStatus()).isEqualTo("ONGOING");
        assertThat(first.getProgress()).isEqualTo(90);
        var second = dsl.selectFrom(ACTION_ITEM).where(ACTION_ITEM.ID.eq(ids.get(1))).fetchSingle();
        assertThat(second.getTrafficLight()).isEqualTo("RED");
        assertThat(second.getTrafficLightComment()).isEqualTo("=Budgeten räcker inte");
        assertThat(dsl.fetchCount(AUDIT_EVENT)).isEqualTo(auditBefore + 2);
        for (long id : ids) {
            var event = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION_ITEM_ID.eq(id))
                    .orderBy(AUDIT_EVENT.ID.desc()).limit(1).fetchSingle();
            assertThat(event.getAction()).isEqualTo("IMPORT");
            assertThat(event.getActorUsername()).isEqualTo("stad");
            assertThat(dsl.fetchCount(AUDIT_CHANGE, AUDIT_CHANGE.EVENT_ID.eq(event.getId()))).isPositive();
        }
        assertThat(dsl.fetchValue(AUDIT_CHANGE.AFTER_VALUE, AUDIT_CHANGE.EVENT_ID.eq(dsl.select(AUDIT_EVENT.ID)
                .from(AUDIT_EVENT).where(AUDIT_EVENT.ACTION_ITEM_ID.eq(ids.get(0))).orderBy(AUDIT_EVENT.ID.desc())
                .limit(1)).and(AUDIT_CHANGE.FIELD.eq("actionItem.progress")))).isEqualTo("90");
    }

    @Test
    @WithUserDetails(value = "stad", userDetailsServiceBeanName = "accountService")
    void aFileWithBadRowsChangesNothingAndListsEachError() {
        List<Long> ids = editableOpenItems(5);
        assertThat(ids).hasSize(5);
        List<List<String>> rows = exportedRows();
        int status = col(rows, "Status");
        int progress = col(rows, "Genomfört (%)");
        int light = col(rows, "Bedömning");
        int comment = col(rows, "Kommentar till bedömningen");
        edit(rows, ids.get(0), r -> { r.set(progress, "55"); return r; });            // fine on its own
        edit(rows, ids.get(1), r -> { r.set(status, "Klar typ"); return r; });        // unknown status
        edit(rows, ids.get(2), r -> { r.set(progress, "150"); return r; });           // out of range
        edit(rows, ids.get(3), r -> { r.set(light, "Röd"); r.set(comment, ""); return r; });  // red without reason
        edit(rows, ids.get(4), r -> { r.set(progress, "100"); r.set(status, "Genomförd"); r.set(light, "Grön");
            return r; });                                                               // fine
        List<String> unknown = new ArrayList<>(rows.get(1));
        unknown.set(0, "999999");
        unknown.set(progress, "1");
        rows.add(unknown);                                                              // no such item
        Map<Long, Integer> versionsBefore = versions();
        int auditBefore = dsl.fetchCount(AUDIT_EVENT);

        ImportPreview preview = imports.preview(csv(rows), BOTH, done -> { });

        assertThat(preview.canApply()).isFalse();
        assertThat(preview.refusedRows()).isEqualTo(4);
        Map<Long, List<String>> errors = preview.rows().stream().filter(r -> !r.errors().isEmpty())
                .collect(Collectors.toMap(ImportPreview.Row::itemId,
                        r -> r.errors().stream().map(e -> e.field() + ":" + e.messageKey()).toList()));
        assertThat(errors).containsOnlyKeys(ids.get(1), ids.get(2), ids.get(3), 999999L);
        assertThat(errors.get(ids.get(1))).containsExactly("status:import.error.status");
        assertThat(errors.get(ids.get(2))).anyMatch(e -> e.startsWith("progress:") && e.contains("Max"));
        assertThat(errors.get(ids.get(3))).containsExactly("trafficLightComment:actionItem.error.lightComment");
        assertThat(errors.get(999999L)).containsExactly("itemId:import.error.noSuchItem");
        assertThat(preview.rows().stream().filter(r -> r.itemId() != null && r.itemId() == 999999L)
                .findFirst().orElseThrow().row()).isEqualTo(rows.size());

        // applying what the service is handed anyway (the good and the bad rows) writes nothing
        ImportPreview forced = new ImportPreview(List.of(), List.of(), preview.updates());
        assertThatThrownBy(() -> imports.apply(forced)).isInstanceOf(IllegalArgumentException.class);
        assertThat(versions()).isEqualTo(versionsBefore);
        assertThat(dsl.fetchCount(AUDIT_EVENT)).isEqualTo(auditBefore);
    }

    @Test
    @WithUserDetails(value = "stad", userDetailsServiceBeanName = "accountService")
    void aNewerSaveInBetweenRefusesTheWholeFile() {
        List<Long> ids = editableOpenItems(2);
        List<List<String>> rows = exportedRows();
        int progress = col(rows, "Genomfört (%)");
        edit(rows, ids.get(0), r -> { r.set(progress, "61"); return r; });
        edit(rows, ids.get(1), r -> { r.set(progress, "62"); return r; });
        ImportPreview preview = imports.preview(csv(rows), BOTH, done -> { });
        assertThat(preview.canApply()).isTrue();
        // someone saves the second item after the preview
        dsl.update(ACTION_ITEM).set(ACTION_ITEM.VERSION, ACTION_ITEM.VERSION.plus(1))
                .where(ACTION_ITEM.ID.eq(ids.get(1))).execute();
        int auditBefore = dsl.fetchCount(AUDIT_EVENT);

        assertThatThrownBy(() -> imports.apply(preview)).isInstanceOfSatisfying(ItemUpdatesRefusedException.class,
                e -> assertThat(e.results().stream().filter(r -> !r.ok()).toList()).singleElement()
                        .satisfies(r -> {
                            assertThat(r.itemId()).isEqualTo(ids.get(1));
                            assertThat(r.errors()).extracting(FieldError::messageKey)
                                    .containsExactly("error.concurrentChange");
                        }));
        assertThat(dsl.fetchValue(ACTION_ITEM.PROGRESS, ACTION_ITEM.ID.eq(ids.get(0)))).isNotEqualTo(61);
        assertThat(dsl.fetchCount(AUDIT_EVENT)).isEqualTo(auditBefore);
    }

    @Test
    @WithUserDetails(value = "insyn", userDetailsServiceBeanName = "accountService")
    void aViewerCannotImport() {
        assertThat(imports.canImport()).isFalse();
        List<List<String>> rows = exportedRows();
        int progress = col(rows, "Genomfört (%)");
        long id = Long.parseLong(rows.get(1).get(0));
        int before = dsl.fetchValue(ACTION_ITEM.PROGRESS, ACTION_ITEM.ID.eq(id));
        rows.get(1).set(progress, Integer.toString(before == 50 ? 51 : 50));

        ImportPreview preview = imports.preview(csv(rows), BOTH, done -> { });

        assertThat(preview.canApply()).isFalse();
        assertThat(preview.rows().stream().filter(r -> !r.errors().isEmpty()).toList()).singleElement()
                .satisfies(r -> assertThat(r.errors()).extracting(FieldError::messageKey)
                        .containsExactly("error.notAllowed"));
        assertThatThrownBy(() -> imports.apply(new ImportPreview(List.of(), List.of(), preview.updates())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> updates.apply(preview.updates()))
                .isInstanceOf(ItemUpdatesRefusedException.class);
        assertThat(dsl.fetchValue(ACTION_ITEM.PROGRESS, ACTION_ITEM.ID.eq(id))).isEqualTo(before);
    }

    @Test
    @WithUserDetails(value = "stad", userDetailsServiceBeanName = "accountService")
    void anExcelExportInEnglishIsReadBackToo() {
        List<Long> ids = editableOpenItems(1);
        byte[] xlsx = export(exports, ItemFilter.none(), ExportFormat.XLSX, ReportTestSupport.EN);

        ImportPreview unchanged = imports.preview(xlsx, BOTH, done -> { });

        assertThat(unchanged.fileErrors()).isEmpty();
        assertThat(unchanged.refusedRows()).isZero();
        assertThat(unchanged.changedRows()).isZero();
        assertThat(unchanged.rows()).hasSize(exports.count(ItemFilter.none()));
        assertThat(ids).hasSize(1);
        assertThat(imports.preview("not a spreadsheet".getBytes(StandardCharsets.UTF_8), BOTH, done -> { })
                .fileErrors()).extracting(FieldError::messageKey).containsExactly("import.error.columns");
    }
}
