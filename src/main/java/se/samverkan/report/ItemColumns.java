package se.samverkan.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The columns of the item sheet, in order: a header key (translated) and the cell. The import reads the same file
 * back and finds its columns by these headers, in either language.
 */
enum ItemColumns {
    ID((i, t) -> i.id()),
    VERSION((i, t) -> i.version()),
    AGREEMENT((i, t) -> i.agreement()),
    DIARY_NUMBER((i, t) -> i.diaryNumber()),
    AREA((i, t) -> i.area()),
    PLAN((i, t) -> i.plan()),
    TITLE((i, t) -> i.title()),
    DESCRIPTION((i, t) -> i.description()),
    LEAD((i, t) -> i.lead()),
    CO_OWNERS((i, t) -> String.join(", ", i.coOwners())),
    RESPONSIBLE((i, t) -> i.responsible()),
    DEPUTY((i, t) -> i.deputy()),
    START_DATE((i, t) -> i.startDate()),
    DUE_DATE((i, t) -> i.dueDate()),
    STATUS((i, t) -> t.get("actionItem.status." + i.status().name())),
    PROGRESS((i, t) -> i.progress()),
    TRAFFIC_LIGHT((i, t) -> t.get("actionItem.light." + i.trafficLight().name())),
    TRAFFIC_LIGHT_COMMENT((i, t) -> i.trafficLightComment()),
    OVERDUE((i, t) -> t.get(i.overdue() ? "export.yes" : "export.no")),
    TARGET_GROUPS((i, t) -> String.join(", ", i.targetGroups())),
    RESOURCES((i, t) -> i.resources().stream().map(r -> resource(r, t)).collect(Collectors.joining("; "))),
    BASIS((i, t) -> i.basis().stream().map(b -> t.get("basis.kind." + b.kind()) + ": " + b.text())
            .collect(Collectors.joining("; "))),
    NEW_WORK_JUSTIFICATION((i, t) -> i.newWorkJustification()),
    PUBLISHABLE((i, t) -> t.get(i.publishable() ? "export.yes" : "export.no")),
    LAST_REPORT((i, t) -> i.lastReport());

    private final BiFunction<ExportRows.Item, ReportTexts, Object> cell;

    ItemColumns(BiFunction<ExportRows.Item, ReportTexts, Object> cell) {
        this.cell = cell;
    }

    /** The header's message key, e.g. {@code export.col.TRAFFIC_LIGHT}. */
    String key() {
        return "export.col." + name();
    }

    static List<String> header(ReportTexts texts) {
        return java.util.Arrays.stream(values()).map(c -> texts.get(c.key())).toList();
    }

    static List<Object> cells(ExportRows.Item item, ReportTexts texts) {
        return java.util.Arrays.stream(values()).map(c -> c.cell.apply(item, texts)).toList();
    }

    private static String resource(ExportRows.Resource r, ReportTexts t) {
        StringBuilder s = new StringBuilder(t.get("agency." + r.agency())).append(", ")
                .append(t.get("funding." + r.funding())).append(':');
        amount(s, r.hours(), t.get("export.unit.hours"));
        amount(s, r.fte(), t.get("export.unit.fte"));
        amount(s, r.amountSek(), t.get("export.unit.sek"));
        if (r.comment() != null) {
            s.append(" (").append(r.comment()).append(')');
        }
        return s.toString();
    }

    private static void amount(StringBuilder s, BigDecimal value, String unit) {
        if (value != null) {
            s.append(' ').append(value.stripTrailingZeros().toPlainString()).append(' ').append(unit);
        }
    }
}
