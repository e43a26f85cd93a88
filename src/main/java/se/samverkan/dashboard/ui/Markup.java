package se.samverkan.dashboard.ui;

import com.vaadin.flow.component.HtmlContainer;

/**
 * Read-only parts of the dashboard (headings, summaries, key figures, short lists) as one element each with its
 * markup, instead of a tree of components: every component costs the server memory for as long as the page is open.
 * Every text is escaped; links carry {@code router-link}, so that Vaadin's client opens them without reloading.
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

    static <T extends HtmlContainer> T fill(T container, String markup) {
        container.getElement().setProperty("innerHTML", markup);
        return container;
    }
}
