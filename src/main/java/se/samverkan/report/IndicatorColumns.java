package se.samverkan.report;

import java.util.Arrays;
import java.util.List;

/** The columns of the indicator sheet. */
final class IndicatorColumns {

    private static final List<String> KEYS = List.of("export.ind.id", "export.ind.agreement", "export.ind.area",
            "export.ind.itemId", "export.ind.item", "export.ind.name", "export.ind.unit", "export.ind.direction",
            "export.ind.baselineValue", "export.ind.baselineDate", "export.ind.targetValue", "export.ind.targetDate",
            "export.ind.latestValue", "export.ind.latestDate", "export.ind.measurements");

    private IndicatorColumns() {
    }

    static List<String> header(ReportTexts texts) {
        return KEYS.stream().map(texts::get).toList();
    }

    static List<Object> cells(ExportRows.Indicator i, ReportTexts t) {
        return Arrays.asList(i.id(), i.agreement(), i.area(), i.itemId(), i.item(), i.name(), i.unit(),
                t.get("indicator.direction." + i.direction()), i.baselineValue(), i.baselineDate(), i.targetValue(),
                i.targetDate(), i.latestValue(), i.latestDate(), i.measurements());
    }
}
