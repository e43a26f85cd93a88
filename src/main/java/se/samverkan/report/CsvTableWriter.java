package se.samverkan.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * CSV in UTF-8 with a byte order mark (so Excel reads åäö), CRLF line ends, fields quoted when needed (RFC 4180).
 * One table only: later sheets are left out.
 */
class CsvTableWriter implements TableWriter {

    private final Writer out;
    private final char separator;
    private boolean started;

    CsvTableWriter(OutputStream stream, char separator) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        this.separator = separator;
        out.write('\uFEFF');
    }

    @Override
    public boolean sheet(String name, List<String> header) throws IOException {
        if (started) {
            return false;
        }
        started = true;
        row(List.copyOf(header));
        return true;
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                out.write(separator);
            }
            Object value = cells.get(c);
            String text = switch (value) {
                case null -> "";
                case String s -> Cells.neutralise(s);
                case Boolean b -> b.toString();
                case LocalDate d -> d.toString();
                case Number n -> n instanceof java.math.BigDecimal big ? big.stripTrailingZeros().toPlainString()
                        : n.toString();
                default -> Cells.neutralise(value.toString());
            };
            out.write(quote(text));
        }
        out.write("\r\n");
    }

    private String quote(String text) {
        boolean needs = text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return needs ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
