package se.samverkan.dashboard.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Section;

/**
 * One panel of the dashboard: a heading, the one-line summary in words, and the chart, which a toggle button
 * (pressed: the table) swaps for a table of the same figures (with links to the items). The table is built only when
 * asked for, and the heading and summary are one element, so that an open dashboard keeps little on the server.
 */
class ChartPanel extends Section {

    private static int sequence;

    private final Component chart;
    private final Supplier<Component> table;
    private final NativeButton toggle;
    private Component builtTable;
    private boolean showingTable;

    ChartPanel(String heading, String summary, Component chart, Supplier<Component> table) {
        this.chart = chart;
        this.table = table;
        addClassNames("dashboard-panel", "chart-panel");
        String headingId = "panel-" + (++sequence);
        getElement().setAttribute("aria-labelledby", headingId);
        Div text = Markup.fill(new Div(), "<h2 id=\"" + headingId + "\">" + Markup.escape(heading) + "</h2>"
                + "<p class=\"panel-summary\">" + Markup.escape(summary) + "</p>");
        text.addClassName("panel-text");
        toggle = new NativeButton(getTranslation("dashboard.showTable"));
        toggle.addClassName("panel-toggle");
        toggle.getElement().setAttribute("aria-pressed", "false");
        toggle.addClickListener(click -> swap());
        add(text, toggle, chart);
    }

    /** Shows the table (built the first time) or the chart; the other is hidden, not removed. */
    private void swap() {
        showingTable = !showingTable;
        if (showingTable && builtTable == null) {
            builtTable = table.get();
            add(builtTable);
        }
        chart.setVisible(!showingTable);
        if (builtTable != null) {
            builtTable.setVisible(showingTable);
        }
        toggle.getElement().setAttribute("aria-pressed", String.valueOf(showingTable));
    }
}
