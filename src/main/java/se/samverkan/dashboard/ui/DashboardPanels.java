package se.samverkan.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * The dashboard's panels as one element ({@code frontend/charts/samverkan-dashboard.js}): their markup and their
 * charts' options (Apache ECharts) are built on the server and sent once, not kept here; the browser swaps charts and
 * tables and follows chart clicks by itself. An open dashboard thus holds one element on the server however many
 * panels it shows, which keeps the memory per signed-in manager small. Only the dashboard uses this component, so only
 * the dashboard's route loads ECharts.
 */
@Tag("samverkan-dashboard")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./charts/samverkan-dashboard.js")
class DashboardPanels extends Component implements HasStyle {

    DashboardPanels() {
        addClassName("dashboard-panels");
        getElement().getStyle().set("display", "block");
    }

    /** Shows the panels of {@code board} (replacing what was shown). */
    void show(Board board) {
        getElement().executeJs("this.content = {html: $0, options: $1}", board.html(), board.options());
    }

    /** Shows nothing. */
    void clear() {
        getElement().executeJs("this.content = {html: '', options: '[]'}");
    }
}
