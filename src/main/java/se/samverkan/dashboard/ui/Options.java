package se.samverkan.dashboard.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ECharts options for the dashboard's few kinds of chart, as maps written to JSON. Every data item may carry an
 * {@code href}: the filtered item list a click on it opens. Colours are dark enough against white for graphics
 * (3:1), and the traffic lights carry patterns too, so that red and green are told apart without colour.
 */
final class Options {

    static final String TEXT = "#1f2933";
    static final String AXIS = "#5f6b7a";
    static final String FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

    private Options() {
    }

    /** One series of a bar chart: its name, colour, values and the address of each value. */
    record Series(String name, String colour, List<? extends Number> values, List<String> hrefs) {
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> base() {
        return map("animation", false,
                "textStyle", map("fontFamily", FONT, "color", TEXT, "fontSize", 12),
                "aria", map("enabled", true, "label", map("enabled", false), "decal", map("show", false)),
                "tooltip", map("trigger", "item", "confine", true));
    }

    private static List<Object> data(List<? extends Number> values, List<String> hrefs) {
        List<Object> data = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String href = hrefs == null ? null : hrefs.get(i);
            data.add(href == null ? map("value", values.get(i)) : map("value", values.get(i), "href", href));
        }
        return data;
    }

    private static Map<String, Object> categoryAxis(List<String> categories, boolean vertical, int labelWidth) {
        return map("type", "category", "data", categories, "inverse", vertical,
                "axisLabel", map("color", TEXT, "width", labelWidth, "overflow", "truncate", "interval", 0),
                "axisLine", map("lineStyle", map("color", AXIS)), "axisTick", map("show", false));
    }

    private static Map<String, Object> valueAxis(String name) {
        return map("type", "value", "minInterval", 1, "name", name, "nameTextStyle", map("color", TEXT),
                "splitNumber", 4, "axisLabel", map("color", TEXT, "hideOverlap", true),
                "splitLine", map("lineStyle", map("color", "#d6dbe1")));
    }

    /**
     * Stacked horizontal bars, one per category (areas, organisations), read top to bottom; {@code patterns} adds
     * ECharts' decals to the series.
     */
    static Map<String, Object> stackedBars(List<String> categories, List<Series> series, boolean stacked,
            boolean patterns) {
        Map<String, Object> option = base();
        option.put("aria", map("enabled", true, "label", map("enabled", false), "decal", map("show", patterns)));
        option.put("legend", map("top", 0, "left", 0, "textStyle", map("color", TEXT), "itemGap", 12));
        option.put("grid", map("left", 8, "right", 16, "top", 56, "bottom", 8, "containLabel", true));
        option.put("xAxis", valueAxis(null));
        option.put("yAxis", categoryAxis(categories, true, 150));
        List<Object> list = new ArrayList<>();
        for (Series s : series) {
            Map<String, Object> item = map("type", "bar", "name", s.name(), "itemStyle", map("color", s.colour()),
                    "data", data(s.values(), s.hrefs()), "barMaxWidth", 28);
            if (stacked) {
                item.put("stack", "total");
            }
            list.add(item);
        }
        option.put("series", list);
        return option;
    }

    /**
     * Resources per agency in two stacked charts sharing one legend: kronor above, hours below (existing budgets are
     * mostly people's time, new money mostly kronor).
     */
    static Map<String, Object> resources(List<String> agencies, List<Series> kronor, List<Series> hours,
            String kronorAxis, String hoursAxis) {
        Map<String, Object> option = base();
        option.put("aria", map("enabled", true, "label", map("enabled", false), "decal", map("show", true)));
        option.put("legend", map("top", 0, "left", 0, "textStyle", map("color", TEXT)));
        option.put("grid", List.of(map("left", 8, "right", 24, "top", 48, "height", "28%", "containLabel", true),
                map("left", 8, "right", 24, "top", "60%", "bottom", 36, "containLabel", true)));
        option.put("xAxis", List.of(axisIn(valueAxis(kronorAxis), 0), axisIn(valueAxis(hoursAxis), 1)));
        option.put("yAxis", List.of(axisIn(categoryAxis(agencies, true, 100), 0),
                axisIn(categoryAxis(agencies, true, 100), 1)));
        List<Object> series = new ArrayList<>();
        for (int g = 0; g < 2; g++) {
            for (Series s : g == 0 ? kronor : hours) {
                series.add(map("type", "bar", "name", s.name(), "itemStyle", map("color", s.colour()), "stack",
                        "grid" + g, "xAxisIndex", g, "yAxisIndex", g, "data", data(s.values(), s.hrefs()),
                        "barMaxWidth", 24));
            }
        }
        option.put("series", series);
        return option;
    }

    private static Map<String, Object> axisIn(Map<String, Object> axis, int grid) {
        axis.put("gridIndex", grid);
        axis.put("nameLocation", "middle");
        axis.put("nameGap", 28);
        return axis;
    }

    /** Reports per month (bars, left axis) and the share of items completed by each month's end (line, right). */
    static Map<String, Object> months(List<String> months, Series reports, Series share, String reportsAxis,
            String shareAxis) {
        Map<String, Object> option = base();
        option.put("tooltip", map("trigger", "axis", "confine", true));
        option.put("legend", map("top", 0, "left", 0, "textStyle", map("color", TEXT)));
        option.put("grid", map("left", 8, "right", 8, "top", 56, "bottom", 8, "containLabel", true));
        Map<String, Object> x = categoryAxis(months, false, 60);
        ((Map<String, Object>) x.get("axisLabel")).put("interval", "auto");
        option.put("xAxis", x);
        option.put("yAxis", List.of(valueAxis(reportsAxis), map("type", "value", "min", 0, "max", 100,
                "name", shareAxis, "nameTextStyle", map("color", TEXT),
                "axisLabel", map("color", TEXT, "formatter", "{value} %"), "splitLine", map("show", false))));
        option.put("series", List.of(
                map("type", "bar", "name", reports.name(), "itemStyle", map("color", reports.colour()),
                        "data", data(reports.values(), reports.hrefs()), "barMaxWidth", 24),
                map("type", "line", "name", share.name(), "yAxisIndex", 1, "itemStyle", map("color", share.colour()),
                        "lineStyle", map("width", 3, "color", share.colour()), "symbolSize", 8,
                        "href", share.hrefs().isEmpty() ? null : share.hrefs().getFirst(),
                        "data", share.values())));
        return option;
    }

    /** One line per series over time (dates as yyyy-MM-dd), and the target as a dashed line. */
    static Map<String, Object> trend(List<TrendLine> lines, Number target, String targetName, String unit) {
        Map<String, Object> option = base();
        option.put("tooltip", map("trigger", "axis", "confine", true));
        option.put("legend", map("top", 0, "left", 0, "textStyle", map("color", TEXT)));
        option.put("grid", map("left", 8, "right", 24, "top", 48, "bottom", 8, "containLabel", true));
        option.put("xAxis", map("type", "time", "axisLabel", map("color", TEXT, "hideOverlap", true),
                "axisLine", map("lineStyle", map("color", AXIS))));
        option.put("yAxis", map("type", "value", "name", unit, "scale", false, "nameTextStyle", map("color", TEXT),
                "axisLabel", map("color", TEXT), "splitLine", map("lineStyle", map("color", "#d6dbe1"))));
        List<Object> series = new ArrayList<>();
        for (TrendLine line : lines) {
            List<Object> data = new ArrayList<>();
            for (int i = 0; i < line.dates().size(); i++) {
                data.add(List.of(line.dates().get(i), line.values().get(i)));
            }
            series.add(map("type", "line", "name", line.name(), "data", data, "href", line.href(), "symbolSize", 7,
                    "itemStyle", map("color", line.colour()), "lineStyle", map("width", 2, "color", line.colour())));
        }
        if (target != null) {
            Map<String, Object> targetLine = map("silent", true, "symbol", "none",
                    "lineStyle", map("type", "dashed", "color", "#6b3a00", "width", 2),
                    "label", map("formatter", targetName, "color", "#6b3a00", "position", "insideEndTop"),
                    "data", List.of(map("yAxis", target)));
            if (series.isEmpty()) {
                series.add(map("type", "line", "name", targetName, "data", List.of(), "markLine", targetLine));
            } else {
                ((Map<String, Object>) series.getFirst()).put("markLine", targetLine);
            }
        }
        option.put("series", series);
        return option;
    }

    /** A line of a trend: its name, colour, dates and values; a click on a point opens {@code href}. */
    record TrendLine(String name, String colour, List<String> dates, List<? extends Number> values, String href) {
    }

    /**
     * Rows × columns, each cell an item count; empty cells (the gaps) are light, full ones dark. A click on a cell
     * opens {@code hrefTemplate} with {x} and {y} replaced by the ids of its column and row.
     */
    static Map<String, Object> heatmap(List<String> columns, List<String> rows, int[][] cells, String hrefTemplate,
            List<Long> columnIds, List<Long> rowIds, String legend) {
        Map<String, Object> option = base();
        int max = 1;
        for (int[] row : cells) {
            for (int cell : row) {
                max = Math.max(max, cell);
            }
        }
        List<Object> data = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                int n = cells[r][c];
                // white figures on the dark half of the scale, dark ones on the light half
                data.add(n * 2 > max ? map("value", List.of(c, r, n), "label", map("color", "#ffffff"))
                        : List.of(c, r, n));
            }
        }
        option.put("grid", map("left", 8, "right", 8, "top", 8, "bottom", 48, "containLabel", true));
        option.put("xAxis", map("type", "category", "data", columns, "position", "top",
                "axisLabel", map("color", TEXT, "interval", 0), "axisTick", map("show", false)));
        option.put("yAxis", categoryAxis(rows, true, 130));
        option.put("visualMap", map("min", 0, "max", max, "calculable", false, "orient", "horizontal",
                "left", "center", "bottom", 0, "text", List.of(String.valueOf(max), "0"), "textStyle",
                map("color", TEXT), "inRange", map("color", List.of("#f4f6f8", "#7fb0dd", "#0b3d91")),
                "itemWidth", 14, "itemHeight", 120));
        option.put("series", List.of(map("type", "heatmap", "name", legend, "data", data, "cursor", "pointer",
                "hrefTemplate", hrefTemplate, "xIds", columnIds, "yIds", rowIds,
                "label", map("show", true, "color", TEXT, "fontSize", 11),
                "itemStyle", map("borderColor", "#ffffff", "borderWidth", 2),
                "emphasis", map("itemStyle", map("borderColor", TEXT, "borderWidth", 2)))));
        return option;
    }

    /**
     * Every data item's address starts the same (the list, filtered to the dashboard's items): the option carries that
     * start once ({@code hrefBase}) and each item only its own end ({@code h}), which keeps what the browser is sent
     * short.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> shortenLinks(Map<String, Object> option) {
        List<Map<String, Object>> items = new ArrayList<>();
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
    private static void collect(Object node, List<Map<String, Object>> items) {
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
}
