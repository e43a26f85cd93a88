package se.samverkan.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import se.samverkan.actionplan.ItemFilter;
import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.ACTION_PLAN;
import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.AGREEMENT_PARTY;
import static se.samverkan.db.Tables.ORGANISATION;
import static se.samverkan.db.Tables.PRIORITY_AREA;
import java.time.LocalDate;
import se.samverkan.base.ui.TranslationProvider;

/** Helpers for the export and import tests: texts of a language, an export as bytes, an Excel file read back. */
final class ReportTestSupport {

    static final ReportTexts SV = texts(TranslationProvider.SWEDISH);
    static final ReportTexts EN = texts(TranslationProvider.ENGLISH);
    static final List<ReportTexts> BOTH = List.of(SV, EN);

    private ReportTestSupport() {
    }

    /**
     * An agreement between a new organisation (under no one the demo users belong to) and no one else, with one area,
     * plan and item: outside the read scope of every demo user but the administrator. Returns the agreement's id.
     */
    static long unreadableAgreement(org.jooq.DSLContext dsl) {
        long org = dsl.insertInto(ORGANISATION).set(ORGANISATION.NAME, "Fristående testkommun")
                .set(ORGANISATION.KIND, "OTHER").set(ORGANISATION.AGENCY, "OTHER")
                .returningResult(ORGANISATION.ID).fetchSingle().value1();
        long agreement = dsl.insertInto(AGREEMENT).set(AGREEMENT.KIND, "CITY_WIDE")
                .set(AGREEMENT.TITLE, "Hemlig överenskommelse").set(AGREEMENT.PERIOD_START, LocalDate.of(2026, 1, 1))
                .returningResult(AGREEMENT.ID).fetchSingle().value1();
        dsl.insertInto(AGREEMENT_PARTY).set(AGREEMENT_PARTY.AGREEMENT_ID, agreement)
                .set(AGREEMENT_PARTY.ORGANISATION_ID, org).execute();
        long area = dsl.insertInto(PRIORITY_AREA).set(PRIORITY_AREA.AGREEMENT_ID, agreement)
                .set(PRIORITY_AREA.POSITION, 1).set(PRIORITY_AREA.TITLE, "Hemligt område")
                .returningResult(PRIORITY_AREA.ID).fetchSingle().value1();
        long plan = dsl.insertInto(ACTION_PLAN).set(ACTION_PLAN.AGREEMENT_ID, agreement)
                .set(ACTION_PLAN.TITLE, "Hemlig plan").set(ACTION_PLAN.PERIOD_START, LocalDate.of(2026, 1, 1))
                .set(ACTION_PLAN.PERIOD_END, LocalDate.of(2030, 12, 31))
                .returningResult(ACTION_PLAN.ID).fetchSingle().value1();
        dsl.insertInto(ACTION_ITEM).set(ACTION_ITEM.ACTION_PLAN_ID, plan).set(ACTION_ITEM.AGREEMENT_ID, agreement)
                .set(ACTION_ITEM.AREA_ID, area).set(ACTION_ITEM.TITLE, "Hemlig åtgärd")
                .set(ACTION_ITEM.DESCRIPTION, "Syns inte för andra").set(ACTION_ITEM.LEAD_ORGANISATION_ID, org)
                .set(ACTION_ITEM.NEW_WORK_JUSTIFICATION, "Test").execute();
        return agreement;
    }

    static ReportTexts texts(Locale locale) {
        return new ReportTexts(TranslationProvider.bundle(locale), locale);
    }

    static byte[] export(ExportService exports, ItemFilter filter, ExportFormat format, ReportTexts texts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(filter, format, texts, out, done -> { });
        return out.toByteArray();
    }

    /** Every sheet: its name and its rows of cells (null for an empty cell). */
    record SheetContent(String name, List<List<Cell>> rows) {

        int column(String header) {
            for (int c = 0; c < rows.getFirst().size(); c++) {
                if (rows.getFirst().get(c) != null && header.equals(rows.getFirst().get(c).getText())) {
                    return c;
                }
            }
            throw new AssertionError("no column " + header + " in " + name);
        }

        Cell cell(int row, int column) {
            List<Cell> cells = rows.get(row);
            return column < cells.size() ? cells.get(column) : null;
        }
    }

    static List<SheetContent> readXlsx(byte[] xlsx) {
        List<SheetContent> sheets = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                List<List<Cell>> rows = new ArrayList<>();
                try (Stream<Row> stream = sheet.openStream()) {
                    stream.forEach(row -> {
                        List<Cell> cells = new ArrayList<>();
                        for (int c = 0; c < row.getCellCount(); c++) {
                            cells.add(row.getCell(c));
                        }
                        rows.add(cells);
                    });
                }
                sheets.add(new SheetContent(sheet.getName(), rows));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sheets;
    }
}
