package se.samverkan.dashboard.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * One panel of the dashboard: a heading, the one-line summary in words, and the chart, which a toggle button
 * (pressed: the table) swaps for a table of the same figures (with links to the items). The table is built only when asked for, so that an open
 * dashboard keeps little on the server.
 */
class ChartPanel extends Section {

    private static int sequence;

    private final Div body = new Div();
    private final Component chart;
    private final Supplier<Component> table;
    private final NativeButton toggle;
    private boolean showingTable;

    ChartPanel(String heading, String summary, Component chart, Supplier<Component> table) {
        this.chart = chart;
        this.table = table;
        addClassName("dashboard-panel");
        String headingId = "panel-" + (++sequence);
        H2 title = new H2(heading);
        title.setId(headingId);
        getElement().setAttribute("aria-labelledby", headingId);
        Paragraph words = new Paragraph(summary);
        words.addClassName("panel-summary");
        toggle = new NativeButton(getTranslation("dashboard.showTable"));
        toggle.addClassName("panel-toggle");
        toggle.getElement().setAttribute("aria-pressed", "false");
        toggle.addClickListener(click -> swap());
        Div head = new Div(title, toggle);
        head.addClassName("panel-head");
        body.addClassName("panel-body");
        body.add(chart);
        add(head, words, body);
    }

    private void swap() {
        showingTable = !showingTable;
        body.removeAll();
        body.add(showingTable ? table.get() : chart);
        toggle.getElement().setAttribute("aria-pressed", String.valueOf(showingTable));
    }
}
