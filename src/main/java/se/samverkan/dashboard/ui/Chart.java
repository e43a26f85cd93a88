package se.samverkan.dashboard.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.router.QueryParameters;

/**
 * An Apache ECharts chart ({@code frontend/charts/samverkan-chart.js}), configured by one option built on the server
 * and sent to the browser once (it is not kept on the server; the chart must therefore stay attached, and is hidden
 * rather than removed when its table shows).
 * The element is an image to assistive technology, named by a one-line summary; the figures themselves are in the
 * table alternative beside it. A click on a data item with an address opens that address (the filtered item list).
 * Only the dashboard uses this component, so only the dashboard's route loads ECharts.
 */
@Tag("samverkan-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./charts/samverkan-chart.js")
public class Chart extends Component {

    /** Only links into the item list (or to one item) are followed. */
    static final String LIST_ROUTE = "action-items";

    Chart(String summary, Map<String, Object> option, int heightPx) {
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", summary);
        getElement().setAttribute("data-lang", Links.locale().getLanguage());
        // sent once rather than kept as a property: an open dashboard then holds none of its charts' options (the
        // panel hides a chart while its table shows, so the element and what it was sent stay in the browser)
        getElement().executeJs("this.option = $0", Json.write(shortenLinks(option)));
        getElement().getStyle().set("height", heightPx + "px");
        addListener(ClickEvent.class, click -> open(click.href));
    }

    /**
     * Every data item's address starts the same (the list, filtered to the dashboard's items): the option carries that
     * start once ({@code hrefBase}) and each item only its own end ({@code h}), which keeps an open dashboard light.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> shortenLinks(Map<String, Object> option) {
        java.util.List<Map<String, Object>> items = new java.util.ArrayList<>();
        collect(option.get("series"), items);
        String base = null;
        for (Map<String, Object> item : items) {
            String href = (String) item.get("href");
            base = base == null ? href : commonStart(base, href);
        }
        if (base == null || base.length() < 16) {
            return option;
        }
        for (Map<String, Object> item : items) {
            item.put("h", ((String) item.remove("href")).substring(base.length()));
        }
        option.put("hrefBase", base);
        return option;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object node, java.util.List<Map<String, Object>> items) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("href") instanceof String && map.containsKey("value")) {
                items.add((Map<String, Object>) map);
            }
            map.values().forEach(value -> collect(value, items));
        } else if (node instanceof Iterable<?> list) {
            list.forEach(value -> collect(value, items));
        }
    }

    private static String commonStart(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return a.substring(0, n);
    }

    private void open(String href) {
        if (href == null || !(href.equals(LIST_ROUTE) || href.startsWith(LIST_ROUTE + "?")
                || href.matches(LIST_ROUTE + "/[0-9]{1,18}"))) {
            return;
        }
        int query = href.indexOf('?');
        getUI().ifPresent(ui -> ui.navigate(query < 0 ? href : href.substring(0, query),
                query < 0 ? QueryParameters.empty() : QueryParameters.fromString(href.substring(query + 1))));
    }

    @DomEvent("chart-click")
    public static class ClickEvent extends ComponentEvent<Chart> {

        private final String href;

        public ClickEvent(Chart source, boolean fromClient, @EventData("event.detail.href") String href) {
            super(source, fromClient);
            this.href = href;
        }
    }
}
