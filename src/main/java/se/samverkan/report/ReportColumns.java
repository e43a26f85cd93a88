package se.samverkan.report;

import java.util.Arrays;
import java.util.List;

/** The columns of the progress report sheet. */
final class ReportColumns {

    private static final List<String> KEYS = List.of("export.rep.itemId", "export.rep.item", "export.rep.reportedOn",
            "export.rep.author", "export.rep.status", "export.rep.progress", "export.rep.trafficLight",
            "export.rep.summary");

    private ReportColumns() {
    }

    static List<String> header(ReportTexts texts) {
        return KEYS.stream().map(texts::get).toList();
    }

    static List<Object> cells(ExportRows.Report r, ReportTexts t) {
        return Arrays.asList(r.itemId(), r.item(), r.reportedOn(), r.author(),
                t.get("actionItem.status." + r.status().name()), r.progress(),
                r.trafficLight() == null ? null : t.get("actionItem.light." + r.trafficLight().name()), r.summary());
    }
}
