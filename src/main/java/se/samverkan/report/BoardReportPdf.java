package se.samverkan.report;

import static se.samverkan.base.pdf.AccessiblePdf.escape;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import se.samverkan.agreement.AgreementDetails;
import se.samverkan.base.pdf.AccessiblePdf;

/** Writes a board report as XHTML (headings, captioned tables with header cells, a chart with its text) and a PDF. */
final class BoardReportPdf {

    private static final String CSS = """
            .cover { margin-top: 40mm; }
            .cover p { font-size: 12pt; margin: 0 0 3mm 0; }
            .lead { font-size: 11pt; }
            .legend span { margin-right: 6mm; }
            """;

    private final ReportTexts t;
    private final StringBuilder html = new StringBuilder(32 * 1024);

    private BoardReportPdf(ReportTexts texts) {
        this.t = texts;
    }

    static byte[] render(BoardReportData data, ReportTexts texts) {
        BoardReportPdf pdf = new BoardReportPdf(texts);
        pdf.write(data);
        AgreementDetails a = data.agreement();
        String title = texts.get("board.title") + " – " + a.title();
        return AccessiblePdf.render(AccessiblePdf.Document.of(title, texts.locale(), pdf.html.toString())
                .withSubject(texts.get("board.subject", period(data)))
                .withAuthor(a.parties().stream().map(AgreementDetails.Party::name).collect(Collectors.joining(", ")))
                .withCss(CSS));
    }

    private static String period(BoardReportData d) {
        return d.from() + " – " + d.to();
    }

    private void write(BoardReportData d) {
        cover(d);
        summary(d);
        items("board.late.heading", "board.late.none", d.late(), false);
        items("board.red.heading", "board.red.none", d.red(), true);
        indicators(d.indicators());
    }

    private void cover(BoardReportData d) {
        AgreementDetails a = d.agreement();
        html.append("<div class=\"cover\"><h1>").append(escape(t.get("board.title"))).append("</h1>");
        p(a.title(), "lead");
        p(t.get("board.diaryNumber") + ": " + (a.diaryNumber() == null ? "–" : a.diaryNumber()), null);
        p(t.get("board.period") + ": " + period(d), null);
        p(t.get("board.asOf") + ": " + d.asOf(), null);
        if (!a.parties().isEmpty()) {
            p(t.get("board.parties") + ": "
                    + a.parties().stream().map(AgreementDetails.Party::name).collect(Collectors.joining(", ")), null);
        }
        html.append("</div>");
    }

    private void p(String text, String cssClass) {
        html.append(cssClass == null ? "<p>" : "<p class=\"" + cssClass + "\">").append(escape(text)).append("</p>");
    }

    private void summary(BoardReportData d) {
        html.append("<h2 class=\"page-break\">").append(escape(t.get("board.summary.heading"))).append("</h2>");
        int items = d.areas().stream().mapToInt(BoardReportData.AreaSummary::items).sum();
        int late = d.areas().stream().mapToInt(BoardReportData.AreaSummary::late).sum();
        int red = d.areas().stream().mapToInt(BoardReportData.AreaSummary::red).sum();
        int reports = d.areas().stream().mapToInt(BoardReportData.AreaSummary::reportsInPeriod).sum();
        p(t.get("board.summary.line", d.areas().size(), items, late, red, reports), null);
        table("board.summary.caption", List.of("board.col.area", "board.col.items", "actionItem.status.PLANNED",
                "actionItem.status.ONGOING", "actionItem.status.COMPLETED", "actionItem.status.POSTPONED",
                "actionItem.status.CANCELLED", "board.col.late", "board.col.reports"), 1);
        for (BoardReportData.AreaSummary s : d.areas()) {
            row(List.of(s.position() + ". " + s.title(), s.items(), s.planned(), s.ongoing(), s.completed(),
                    s.postponed(), s.cancelled(), s.late(), s.reportsInPeriod()));
        }
        html.append("</tbody></table>");

        html.append("<h3>").append(escape(t.get("board.lights.heading"))).append("</h3>");
        String alt = t.get("board.lights.alt") + " " + d.areas().stream()
                .map(s -> t.get("board.lights.altArea", s.position() + ". " + s.title(), s.green(), s.amber(), s.red()))
                .collect(Collectors.joining(" "));
        byte[] chart = BarChart.png(d.areas().stream().map(s -> new int[] {s.green(), s.amber(), s.red()}).toList(),
                BarChart.GREEN, BarChart.AMBER, BarChart.RED);
        html.append("<img style=\"width: 100%;\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(chart)).append("\" alt=\"").append(escape(alt))
                .append("\"/>");
        p(t.get("board.lights.order"), "legend");
        table("board.lights.caption", List.of("board.col.area", "actionItem.light.GREEN", "actionItem.light.AMBER",
                "actionItem.light.RED"), 1);
        for (BoardReportData.AreaSummary s : d.areas()) {
            row(List.of(s.position() + ". " + s.title(), s.green(), s.amber(), s.red()));
        }
        html.append("</tbody></table>");
    }

    private void items(String heading, String none, List<BoardReportData.ItemLine> lines, boolean withComment) {
        html.append("<h2>").append(escape(t.get(heading))).append("</h2>");
        if (lines.isEmpty()) {
            p(t.get(none), null);
            return;
        }
        table(heading, withComment
                ? List.of("board.col.item", "board.col.area", "board.col.lead", "board.col.due", "board.col.comment")
                : List.of("board.col.item", "board.col.area", "board.col.lead", "board.col.responsible",
                        "board.col.due", "board.col.status", "board.col.progress"), 0);
        for (BoardReportData.ItemLine i : lines) {
            row(withComment
                    ? java.util.Arrays.asList(i.title(), i.area(), i.lead(), date(i.dueDate()), i.comment())
                    : java.util.Arrays.asList(i.title(), i.area(), i.lead(), i.responsible(), date(i.dueDate()),
                            t.get("actionItem.status." + i.status().name()), i.progress() + " %"));
        }
        html.append("</tbody></table>");
    }

    private void indicators(List<BoardReportData.IndicatorLine> lines) {
        html.append("<h2>").append(escape(t.get("board.indicators.heading"))).append("</h2>");
        if (lines.isEmpty()) {
            p(t.get("board.indicators.none"), null);
            return;
        }
        table("board.indicators.caption", List.of("board.col.indicator", "board.col.appliesTo", "board.col.baseline",
                "board.col.target", "board.col.latest", "board.col.reached"), 0);
        for (BoardReportData.IndicatorLine i : lines) {
            Boolean reached = i.reached();
            row(java.util.Arrays.asList(i.name(), i.owner() == null ? t.get("board.wholeAgreement") : i.owner(),
                    number(i.baseline(), i.unit()),
                    number(i.target(), i.unit()) + (i.targetDate() == null ? "" : " (" + i.targetDate() + ")"),
                    number(i.latest(), i.unit()) + (i.latestDate() == null ? "" : " (" + i.latestDate() + ")"),
                    t.get(reached == null ? "board.reached.unknown" : reached ? "board.reached.yes"
                            : "board.reached.no")));
        }
        html.append("</tbody></table>");
    }

    /** Opens a captioned table with its header row; columns from {@code firstNumber} on are numbers. */
    private void table(String captionKey, List<String> columnKeys, int firstNumber) {
        html.append("<table><caption>").append(escape(t.get(captionKey))).append("</caption><thead><tr>");
        for (int i = 0; i < columnKeys.size(); i++) {
            html.append(firstNumber > 0 && i >= firstNumber ? "<th scope=\"col\" class=\"number\">"
                    : "<th scope=\"col\">").append(escape(t.get(columnKeys.get(i)))).append("</th>");
        }
        html.append("</tr></thead><tbody>");
    }

    private void row(List<?> cells) {
        html.append("<tr>");
        for (Object cell : cells) {
            html.append(cell instanceof Integer ? "<td class=\"number\">" : "<td>")
                    .append(escape(cell == null ? "–" : cell.toString())).append("</td>");
        }
        html.append("</tr>");
    }

    private static String date(LocalDate date) {
        return date == null ? "–" : date.toString();
    }

    private String number(BigDecimal value, String unit) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(t.locale());
        format.setMaximumFractionDigits(2);
        return format.format(value) + " " + unit;
    }
}
