package se.samverkan.dashboard.ui;

import java.util.List;

/**
 * The dashboard's markup, instead of a tree of components: every component costs the server memory for as long as the
 * page is open. Every text is escaped; links carry {@code router-link}, so that Vaadin's client opens them without
 * reloading.
 */
final class Markup {

    private Markup() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String link(String href, String text) {
        return "<a href=\"" + escape(href) + "\" router-link>" + escape(text) + "</a>";
    }

    /**
     * A plain HTML table with a caption, column headers and a header cell at the start of each row, in a box that
     * scrolls sideways by itself on a narrow screen (the page never does), as {@code base.ui.DataTable} draws it.
     */
    static final class Table {

        private final StringBuilder out = new StringBuilder(4096);

        Table(String caption, List<String> headers) {
            // the box scrolls: keyboard users reach it, and screen readers hear what it is
            out.append("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"")
                    .append(escape(caption)).append("\"><table class=\"data-table\"><caption>").append(escape(caption))
                    .append("</caption><thead><tr>");
            headers.forEach(h -> out.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
            out.append("</tr></thead><tbody>");
        }

        /** A row: its header, then its cells, each given as markup (escaped text or a link). */
        Table row(String header, String... cells) {
            out.append("<tr><th scope=\"row\">").append(header).append("</th>");
            for (String cell : cells) {
                out.append("<td>").append(cell).append("</td>");
            }
            out.append("</tr>");
            return this;
        }

        String end() {
            return out.append("</tbody></table></div>").toString();
        }
    }
}
