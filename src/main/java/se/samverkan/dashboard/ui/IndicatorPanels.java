package se.samverkan.dashboard.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.vaadin.flow.component.Component;

import se.samverkan.actionplan.IndicatorSplit;
import se.samverkan.actionplan.ItemFilter;
import se.samverkan.base.ui.Formats;
import se.samverkan.dashboard.Dashboard;
import se.samverkan.dashboard.Dashboard.Trend;

/** Indicators against their targets: each a trend of its measurements in the period, with the target as a line. */
final class IndicatorPanels {

    private static final Map<IndicatorSplit.Series, String> COLOURS = Map.of(IndicatorSplit.Series.TOTAL, "#1f4e9c",
            IndicatorSplit.Series.WOMEN, "#a3271c", IndicatorSplit.Series.MEN, "#1b6b3f");

    private IndicatorPanels() {
    }

    /** Where a click on an indicator leads: its item, or the items of its area or agreement in the period. */
    static String href(Dashboard d, Trend t) {
        if (t.actionItemId() != null) {
            return Links.LIST_ROUTE + "/" + t.actionItemId();
        }
        ItemFilter f = d.filter().withAgreement(t.agreementId());
        return Links.list(t.areaId() == null ? f : f.withArea(t.areaId()));
    }

    static void create(Component c, Dashboard d, Board board) {
        for (Trend t : d.indicators().shown()) {
            panel(c, d, t, board);
        }
    }

    private static void panel(Component c, Dashboard d, Trend t, Board board) {
        Locale l = Links.locale();
        String href = href(d, t);
        Map<IndicatorSplit.Series, List<Trend.Point>> bySeries = new EnumMap<>(IndicatorSplit.Series.class);
        t.points().forEach(p -> bySeries.computeIfAbsent(p.series(), s -> new ArrayList<>()).add(p));
        List<Options.TrendLine> lines = new ArrayList<>();
        bySeries.forEach((series, points) -> lines.add(new Options.TrendLine(
                c.getTranslation("indicator.series." + series.name()), COLOURS.get(series),
                points.stream().map(p -> p.measuredOn().toString()).toList(),
                points.stream().map(Trend.Point::value).toList(), href)));
        String owner = t.areaId() == null && t.actionItemId() == null && !d.query().wholeCity()
                ? c.getTranslation("dashboard.indicator.wholeAgreement") : t.owner();
        String summary = c.getTranslation("dashboard.indicator.of", owner) + " " + summary(c, t, l);
        List<String> headers = new ArrayList<>();
        headers.add(c.getTranslation("dashboard.date"));
        List<IndicatorSplit.Series> series = t.split().series();
        series.forEach(s -> headers.add(c.getTranslation("indicator.series." + s.name()) + " (" + t.unit() + ")"));
        Markup.Table table = new Markup.Table(t.name(), headers);
        Map<LocalDate, Map<IndicatorSplit.Series, BigDecimal>> byDate = new TreeMap<>();
        t.points().forEach(p -> byDate.computeIfAbsent(p.measuredOn(), x -> new EnumMap<>(IndicatorSplit.Series.class))
                .put(p.series(), p.value()));
        byDate.forEach((date, values) -> table.row(Markup.escape(Formats.date(date)),
                series.stream().map(s -> Markup.escape(Formats.number(values.get(s), l))).toArray(String[]::new)));
        if (t.targetValue() != null) {
            table.row(Markup.escape(c.getTranslation("dashboard.targetOn", Formats.date(t.targetDate()))),
                    series.stream().map(s -> Markup.escape(Formats.number(t.targetValue(), l)))
                            .toArray(String[]::new));
        }
        String links = "<p>" + Markup.link("indicators/" + t.id(), c.getTranslation("dashboard.indicator.open", t.name()))
                + "</p><p>" + Markup.link(href, c.getTranslation("dashboard.indicator.items")) + "</p>";
        board.chartPanel(t.name(), summary, Options.trend(lines, t.targetValue(), c.getTranslation("dashboard.target"),
                t.unit()), 260, null, "<div class=\"indicator-table\">" + table.end() + links + "</div>");
    }

    private static String summary(Component c, Trend t, Locale l) {
        Trend.Point latest = t.points().stream()
                .filter(p -> p.series() == IndicatorSplit.Series.TOTAL)
                .reduce((a, b) -> b).orElse(t.points().isEmpty() ? null : t.points().getLast());
        String target = t.targetValue() == null ? c.getTranslation("dashboard.indicator.noTarget")
                : c.getTranslation("dashboard.indicator.target", Formats.number(t.targetValue(), l), t.unit(),
                        Formats.date(t.targetDate()),
                        c.getTranslation("indicator.direction." + t.direction().name()));
        if (latest == null) {
            return c.getTranslation("dashboard.indicator.noMeasurement") + " " + target;
        }
        return c.getTranslation("dashboard.indicator.latest", Formats.number(latest.value(), l), t.unit(),
                Formats.date(latest.measuredOn())) + " " + target;
    }
}
