package se.samverkan.dashboard.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;

import se.samverkan.actionplan.ActionItemStatus;
import se.samverkan.actionplan.ItemFilter;
import se.samverkan.actionplan.TrafficLight;
import se.samverkan.dashboard.Dashboard;
import se.samverkan.dashboard.Dashboard.AreaCounts;

/** Items per prioritized area by status, and by traffic light. */
final class StatusPanels {

    static final String[] STATUS_COLOURS = { "#5f6b7a", "#1f4e9c", "#1b6b3f", "#8a5a00", "#9aa5b1" };
    static final String[] LIGHT_COLOURS = { "#1b7a3f", "#b7791f", "#b3261e" };

    private StatusPanels() {
    }

    private static List<AreaCounts> rows(Dashboard d) {
        List<AreaCounts> rows = new ArrayList<>(d.areas());
        if (d.otherAreas() != null) {
            rows.add(d.otherAreas());
        }
        return rows;
    }

    private static String label(Component c, AreaCounts area) {
        return area.areaId() == null ? c.getTranslation("dashboard.otherAreas") : area.label();
    }

    private static ItemFilter ofArea(Dashboard d, AreaCounts area) {
        return area.areaId() == null ? null : d.filter().withArea(area.areaId());
    }

    static void byStatus(Component c, Dashboard d, Board board) {
        List<AreaCounts> rows = rows(d);
        List<String> labels = rows.stream().map(a -> label(c, a)).toList();
        List<Options.Series> series = new ArrayList<>();
        for (ActionItemStatus status : ActionItemStatus.values()) {
            series.add(new Options.Series(c.getTranslation("actionItem.status." + status.name()),
                    STATUS_COLOURS[status.ordinal()], rows.stream().map(a -> a.status(status)).toList(),
                    rows.stream().map(a -> href(ofArea(d, a), s -> s.withStatuses(EnumSet.of(status)))).toList()));
        }
        Dashboard.Totals t = d.totals();
        int[] byStatus = new int[ActionItemStatus.values().length];
        rows.forEach(a -> {
            for (int i = 0; i < byStatus.length; i++) {
                byStatus[i] += a.byStatus()[i];
            }
        });
        Locale l = Links.locale();
        String summary = c.getTranslation("dashboard.status.summary", Links.number(t.items(), l),
                Links.number(d.areas().size(), l), Links.number(byStatus[ActionItemStatus.ONGOING.ordinal()], l),
                Links.number(byStatus[ActionItemStatus.COMPLETED.ordinal()], l),
                Links.number(byStatus[ActionItemStatus.PLANNED.ordinal()], l),
                Links.number(byStatus[ActionItemStatus.POSTPONED.ordinal()], l),
                Links.number(byStatus[ActionItemStatus.CANCELLED.ordinal()], l));
        List<String> headers = new ArrayList<>();
        headers.add(c.getTranslation("dashboard.area"));
        for (ActionItemStatus status : ActionItemStatus.values()) {
            headers.add(c.getTranslation("actionItem.status." + status.name()));
        }
        headers.add(c.getTranslation("dashboard.total"));
        Markup.Table table = new Markup.Table(c.getTranslation("dashboard.status.heading"), headers);
        for (AreaCounts a : rows) {
            List<String> cells = new ArrayList<>();
            for (ActionItemStatus status : ActionItemStatus.values()) {
                ItemFilter f = ofArea(d, a);
                cells.add(Links.count(a.status(status), f == null ? null : f.withStatuses(EnumSet.of(status)), l));
            }
            cells.add(Links.count(a.total(), ofArea(d, a), l));
            table.row(Markup.escape(label(c, a)), cells.toArray(String[]::new));
        }
        board.chartPanel(c.getTranslation("dashboard.status.heading"), summary,
                Options.stackedBars(labels, series, true, false), height(rows.size()), null, table.end());
    }

    static void byLight(Component c, Dashboard d, Board board) {
        List<AreaCounts> rows = rows(d);
        List<String> labels = rows.stream().map(a -> label(c, a)).toList();
        List<Options.Series> series = new ArrayList<>();
        for (TrafficLight light : TrafficLight.values()) {
            series.add(new Options.Series(c.getTranslation("actionItem.light." + light.name()),
                    LIGHT_COLOURS[light.ordinal()], rows.stream().map(a -> a.light(light)).toList(),
                    rows.stream().map(a -> href(ofArea(d, a), s -> s.withTrafficLights(EnumSet.of(light)))).toList()));
        }
        int[] byLight = new int[TrafficLight.values().length];
        rows.forEach(a -> {
            for (int i = 0; i < byLight.length; i++) {
                byLight[i] += a.byLight()[i];
            }
        });
        Locale l = Links.locale();
        AreaCounts reddest = d.areas().stream().filter(a -> a.light(TrafficLight.RED) > 0)
                .max(Comparator.comparingInt(a -> a.light(TrafficLight.RED))).orElse(null);
        String summary = c.getTranslation("dashboard.light.summary", Links.number(byLight[0], l),
                Links.number(byLight[1], l), Links.number(byLight[2], l))
                + (reddest == null ? "" : " " + c.getTranslation("dashboard.light.mostRed", reddest.label()));
        List<String> headers = new ArrayList<>();
        headers.add(c.getTranslation("dashboard.area"));
        for (TrafficLight light : TrafficLight.values()) {
            headers.add(c.getTranslation("actionItem.light." + light.name()));
        }
        headers.add(c.getTranslation("dashboard.overdue"));
        Markup.Table table = new Markup.Table(c.getTranslation("dashboard.light.heading"), headers);
        for (AreaCounts a : rows) {
            List<String> cells = new ArrayList<>();
            ItemFilter f = ofArea(d, a);
            for (TrafficLight light : TrafficLight.values()) {
                cells.add(Links.count(a.light(light), f == null ? null : f.withTrafficLights(EnumSet.of(light)), l));
            }
            cells.add(Links.count(a.overdue(), f == null ? null : f.withOverdueOnly(true), l));
            table.row(Markup.escape(label(c, a)), cells.toArray(String[]::new));
        }
        board.chartPanel(c.getTranslation("dashboard.light.heading"), summary,
                Options.stackedBars(labels, series, true, true), height(rows.size()), null, table.end());
    }

    private static String href(ItemFilter filter, java.util.function.UnaryOperator<ItemFilter> narrow) {
        return filter == null ? null : Links.list(narrow.apply(filter));
    }

    /** Room for a bar per row, the legend and the axis. */
    static int height(int rows) {
        return Math.max(200, 90 + rows * 34);
    }
}
