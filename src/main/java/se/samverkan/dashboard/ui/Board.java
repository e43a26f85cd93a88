package se.samverkan.dashboard.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The markup of one dashboard and its charts' options, built once per load and sent once ({@link DashboardPanels}).
 * Every text that goes in is escaped by its caller through {@link Markup}.
 */
final class Board {

    private final StringBuilder html = new StringBuilder(32_768);
    private final List<Map<String, Object>> options = new ArrayList<>();
    private final String language;
    private final String showTable;

    /**
     * @param language  the page's language, for the charts' own texts
     * @param showTable the toggle's text (pressed, it shows the table)
     */
    Board(String language, String showTable) {
        this.language = language;
        this.showTable = showTable;
    }

    Board append(String markup) {
        html.append(markup);
        return this;
    }

    /**
     * A panel: its heading, the one-line summary in words, and a chart (named by the summary; {@code belowChart}
     * under it, e.g. a key) that a toggle swaps for the same figures as a table.
     */
    Board chartPanel(String heading, String summary, Map<String, Object> option, int heightPx, String belowChart,
            String table) {
        int index = options.size();
        options.add(Options.shortenLinks(option));
        String headingId = "dashboard-panel-" + (index + 1);
        html.append("<section class=\"dashboard-panel chart-panel\" aria-labelledby=\"").append(headingId)
                .append("\"><div class=\"panel-text\"><h2 id=\"").append(headingId).append("\">")
                .append(Markup.escape(heading)).append("</h2><p class=\"panel-summary\">").append(Markup.escape(summary))
                .append("</p></div><button type=\"button\" class=\"panel-toggle\" aria-pressed=\"false\">")
                .append(Markup.escape(showTable)).append("</button><div class=\"panel-chart\">")
                .append("<samverkan-chart role=\"img\" aria-label=\"").append(Markup.escape(summary))
                .append("\" data-lang=\"").append(Markup.escape(language)).append("\" data-chart=\"").append(index)
                .append("\" style=\"height:").append(heightPx).append("px\"></samverkan-chart>")
                .append(belowChart == null ? "" : belowChart).append("</div><div class=\"panel-table\" hidden>")
                .append(table).append("</div></section>");
        return this;
    }

    String html() {
        return html.toString();
    }

    String options() {
        return Json.write(options);
    }
}
