package se.samverkan.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import se.samverkan.actionplan.ActionItemStatus;
import se.samverkan.actionplan.ItemUpdate;
import se.samverkan.actionplan.TrafficLight;
import se.samverkan.base.validation.FieldError;

/**
 * Reads an item list exported as Excel or CSV (either language, either separator) back into updates of status,
 * progress, traffic light and comment. The columns are found by their headers; other columns are ignored.
 */
final class ItemFileReader {

    /** The columns an import needs. */
    static final List<ItemColumns> NEEDED = List.of(ItemColumns.ID, ItemColumns.VERSION, ItemColumns.STATUS,
            ItemColumns.PROGRESS, ItemColumns.TRAFFIC_LIGHT, ItemColumns.TRAFFIC_LIGHT_COMMENT);

    static final int MAX_ROWS = 50_000;

    /** One row of the file: the update it asks for, or why it cannot be read. */
    record ParsedRow(int row, Long itemId, ItemUpdate update, List<FieldError> errors) {
    }

    /** The rows, or the file's own problems (unreadable, columns missing, too many rows). */
    record Parsed(List<ParsedRow> rows, List<FieldError> fileErrors) {
    }

    private final List<ReportTexts> languages;

    ItemFileReader(List<ReportTexts> languages) {
        this.languages = languages;
    }

    Parsed read(byte[] content) {
        List<List<String>> table;
        try {
            table = isZip(content) ? xlsx(content) : csv(content);
        } catch (IOException | RuntimeException e) {
            return new Parsed(List.of(), List.of(FieldError.of(null, "import.error.unreadable")));
        }
        if (table.isEmpty()) {
            return new Parsed(List.of(), List.of(FieldError.of(null, "import.error.empty")));
        }
        Map<ItemColumns, Integer> columns = columns(table.getFirst());
        if (columns.size() < NEEDED.size()) {
            String missing = NEEDED.stream().filter(c -> !columns.containsKey(c))
                    .map(c -> languages.getFirst().get(c.key())).reduce((a, b) -> a + ", " + b).orElse("");
            return new Parsed(List.of(), List.of(FieldError.of(null, "import.error.columns", missing)));
        }
        if (table.size() - 1 > MAX_ROWS) {
            return new Parsed(List.of(), List.of(FieldError.of(null, "import.error.tooManyRows", MAX_ROWS)));
        }
        List<ParsedRow> rows = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 1; i < table.size(); i++) {
            List<String> cells = table.get(i);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            rows.add(row(i + 1, cells, columns, seen));
        }
        if (rows.isEmpty()) {
            return new Parsed(List.of(), List.of(FieldError.of(null, "import.error.empty")));
        }
        return new Parsed(rows, List.of());
    }

    private ParsedRow row(int number, List<String> cells, Map<ItemColumns, Integer> columns, Set<Long> seen) {
        List<FieldError> errors = new ArrayList<>();
        Long id = integer(cell(cells, columns, ItemColumns.ID)).map(Long::valueOf).orElse(null);
        if (id == null) {
            errors.add(FieldError.of("itemId", "import.error.id"));
        } else if (!seen.add(id)) {
            errors.add(FieldError.of("itemId", "import.error.duplicateRow"));
        }
        Integer version = integer(cell(cells, columns, ItemColumns.VERSION)).orElse(null);
        if (version == null) {
            errors.add(FieldError.of("version", "import.error.version"));
        }
        ActionItemStatus status = label(cell(cells, columns, ItemColumns.STATUS), ActionItemStatus.class,
                "actionItem.status.").orElse(null);
        if (status == null) {
            errors.add(FieldError.of("status", "import.error.status"));
        }
        String progressText = cell(cells, columns, ItemColumns.PROGRESS);
        Integer progress = integer(progressText).orElse(null);
        if (progress == null) {
            errors.add(FieldError.of("progress", "import.error.progress"));
        }
        TrafficLight light = label(cell(cells, columns, ItemColumns.TRAFFIC_LIGHT), TrafficLight.class,
                "actionItem.light.").orElse(null);
        if (light == null) {
            errors.add(FieldError.of("trafficLight", "import.error.trafficLight"));
        }
        String comment = Cells.restore(cell(cells, columns, ItemColumns.TRAFFIC_LIGHT_COMMENT));
        if (!errors.isEmpty()) {
            return new ParsedRow(number, id, null, errors);
        }
        return new ParsedRow(number, id, new ItemUpdate(number, id, version, status, progress, light,
                comment == null || comment.isBlank() ? null : comment), List.of());
    }

    private Map<ItemColumns, Integer> columns(List<String> header) {
        Map<ItemColumns, Integer> found = new EnumMap<>(ItemColumns.class);
        for (int c = 0; c < header.size(); c++) {
            String text = normal(header.get(c));
            for (ItemColumns column : NEEDED) {
                for (ReportTexts language : languages) {
                    if (text.equals(normal(language.get(column.key())))) {
                        found.putIfAbsent(column, c);
                    }
                }
            }
        }
        return found;
    }

    private static String cell(List<String> cells, Map<ItemColumns, Integer> columns, ItemColumns column) {
        int c = columns.get(column);
        return c < cells.size() ? cells.get(c) : null;
    }

    private static Optional<Integer> integer(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            BigDecimal value = new BigDecimal(text.strip().replace(',', '.').replace("%", "").strip());
            return Optional.of(value.intValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** A value by its name (ONGOING) or its label in any of the languages (Pågående, Ongoing). */
    private <E extends Enum<E>> Optional<E> label(String text, Class<E> type, String prefix) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = normal(text);
        return Arrays.stream(type.getEnumConstants()).filter(e -> wanted.equals(normal(e.name()))
                || languages.stream().anyMatch(l -> wanted.equals(normal(l.get(prefix + e.name()))))).findFirst();
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isZip(byte[] content) {
        return content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /** The first sheet, every cell as text (numbers without trailing zeros, dates as they are stored). */
    private static List<List<String>> xlsx(byte[] content) throws IOException {
        List<List<String>> table = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getFirstSheet();
            try (Stream<Row> rows = sheet.openStream()) {
                rows.forEach(row -> {
                    while (table.size() < row.getRowNum() - 1) {
                        table.add(List.of());
                    }
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getCellCount(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null || cell.getType() == CellType.EMPTY ? null
                                : cell.getType() == CellType.NUMBER
                                        ? cell.asNumber().stripTrailingZeros().toPlainString() : cell.getText());
                    }
                    table.add(cells);
                });
            }
        }
        return table;
    }

    /** RFC 4180 CSV in UTF-8 (a byte order mark is skipped); the separator is the header line's ; or ,. */
    static List<List<String>> csv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        String firstLine = text.substring(0, firstLineEnd);
        char separator = firstLine.chars().filter(ch -> ch == ';').count()
                >= firstLine.chars().filter(ch -> ch == ',').count() ? ';' : ',';
        List<List<String>> table = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == separator) {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                table.add(row);
                row = new ArrayList<>();
            } else {
                field.append(ch);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            table.add(row);
        }
        return table;
    }
}
