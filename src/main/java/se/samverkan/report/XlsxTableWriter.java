package se.samverkan.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Excel (.xlsx) with FastExcel, streamed: rows are flushed to the output as they are written. */
class XlsxTableWriter implements TableWriter {

    private static final int FLUSH_EVERY = 1000;

    private final Workbook workbook;
    private Worksheet sheet;
    private int row;

    XlsxTableWriter(OutputStream out) {
        workbook = new Workbook(out, "Samverkan", "1.0");
    }

    @Override
    public boolean sheet(String name, List<String> header) throws IOException {
        finishSheet();
        sheet = workbook.newWorksheet(name.length() > 31 ? name.substring(0, 31) : name);
        row = 0;
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
            sheet.style(0, c).bold().fillColor("E8E8E8").set();
        }
        sheet.freezePane(0, 1);
        row = 1;
        return true;
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            switch (value) {
                case null -> { }
                case String text -> sheet.value(row, c, Cells.neutralise(text));
                case Number number -> sheet.value(row, c, number);
                case Boolean bool -> sheet.value(row, c, bool);
                case LocalDate date -> {
                    sheet.value(row, c, date);
                    sheet.style(row, c).format("yyyy-mm-dd").set();
                }
                default -> sheet.value(row, c, Cells.neutralise(value.toString()));
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    private void finishSheet() throws IOException {
        if (sheet != null) {
            sheet.finish();
        }
    }

    @Override
    public void close() throws IOException {
        finishSheet();
        workbook.finish();
    }
}
