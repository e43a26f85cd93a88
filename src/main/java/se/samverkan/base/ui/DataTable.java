package se.samverkan.base.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

/**
 * A plain HTML table with a caption, column headers and a header cell at the start of each row, in a box that scrolls
 * sideways by itself on a narrow screen (the page never does). Light on the server: no grid, no data provider.
 */
public class DataTable extends Div {

    private final NativeTable table = new NativeTable();

    public DataTable(String caption, List<String> headers) {
        addClassName("table-scroll");
        table.addClassName("data-table");
        if (caption != null) {
            table.setCaptionText(caption);
        }
        NativeTableRow head = table.getHead().addRow();
        for (String header : headers) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(header);
            cell.getElement().setAttribute("scope", "col");
        }
        add(table);
        // the box scrolls: keyboard users reach it, and screen readers hear what it is
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", caption == null ? String.join(", ", headers) : caption);
    }

    /** A row: its header (text or a link), then the cells (texts or components). */
    public DataTable row(Object header, Object... cells) {
        NativeTableRow row = table.getBody().addRow();
        NativeTableHeaderCell first = row.addHeaderCell();
        first.getElement().setAttribute("scope", "row");
        first.add(component(header));
        for (Object value : cells) {
            NativeTableCell cell = row.addDataCell();
            cell.add(component(value));
        }
        return this;
    }

    private static Component component(Object value) {
        return value instanceof Component c ? c : new Text(value == null ? "" : value.toString());
    }
}
