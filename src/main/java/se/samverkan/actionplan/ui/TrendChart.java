package se.samverkan.actionplan.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import se.samverkan.actionplan.IndicatorDetails;
import se.samverkan.actionplan.IndicatorSplit;
import se.samverkan.base.ui.Formats;

/**
 * A small line chart of an indicator's measurements over time, one line per series, with the target as a dashed
 * line; drawn as SVG on the server from numbers and dates only. The measurements table beside it is the accessible
 * alternative; the chart itself carries a one-line summary as its text alternative.
 */
class TrendChart extends Div {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 240;
    private static final int PAD_LEFT = 56;
    private static final int PAD_RIGHT = 16;
    private static final int PAD_TOP = 16;
    private static final int PAD_BOTTOM = 32;
    private static final Map<IndicatorSplit.Series, String> COLOURS = Map.of(
            IndicatorSplit.Series.TOTAL, "#1f4e9c", IndicatorSplit.Series.WOMEN, "#a3271c",
            IndicatorSplit.Series.MEN, "#1b6b3f");

    TrendChart(IndicatorDetails indicator, String summary) {
        addClassName("trend-chart");
        List<IndicatorDetails.Measurement> points = indicator.measurements();
        if (points.isEmpty()) {
            return;
        }
        LocalDate first = points.stream().map(IndicatorDetails.Measurement::measuredOn).min(Comparator.naturalOrder())
                .orElseThrow();
        LocalDate last = points.stream().map(IndicatorDetails.Measurement::measuredOn).max(Comparator.naturalOrder())
                .orElseThrow();
        if (indicator.targetDate() != null && indicator.targetDate().isAfter(last)) {
            last = indicator.targetDate();
        }
        List<BigDecimal> values = new ArrayList<>(points.stream().map(IndicatorDetails.Measurement::value).toList());
        if (indicator.targetValue() != null) {
            values.add(indicator.targetValue());
        }
        double min = Math.min(0, values.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0));
        double max = values.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        if (max <= min) {
            max = min + 1;
        }
        Scale scale = new Scale(first.toEpochDay(), Math.max(1, last.toEpochDay() - first.toEpochDay()), min, max);

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(escape(summary))
                .append("\" preserveAspectRatio=\"xMidYMid meet\">");
        svg.append(line(PAD_LEFT, HEIGHT - PAD_BOTTOM, WIDTH - PAD_RIGHT, HEIGHT - PAD_BOTTOM, "#5f6b7a", ""));
        svg.append(line(PAD_LEFT, PAD_TOP, PAD_LEFT, HEIGHT - PAD_BOTTOM, "#5f6b7a", ""));
        svg.append(text(PAD_LEFT - 6, scale.y(max) + 4, "end", Formats.number(BigDecimal.valueOf(max), getLocale())));
        svg.append(text(PAD_LEFT - 6, scale.y(min) + 4, "end", Formats.number(BigDecimal.valueOf(min), getLocale())));
        svg.append(text(PAD_LEFT, HEIGHT - 10, "start", Formats.date(first)));
        svg.append(text(WIDTH - PAD_RIGHT, HEIGHT - 10, "end", Formats.date(last)));
        if (indicator.targetValue() != null) {
            double y = scale.y(indicator.targetValue().doubleValue());
            svg.append(line(PAD_LEFT, y, WIDTH - PAD_RIGHT, y, "#6b3a00", "stroke-dasharray=\"6 4\""));
        }
        Map<IndicatorSplit.Series, StringBuilder> lines = new EnumMap<>(IndicatorSplit.Series.class);
        for (IndicatorDetails.Measurement m : points) {
            double x = scale.x(m.measuredOn().toEpochDay());
            double y = scale.y(m.value().doubleValue());
            lines.computeIfAbsent(m.series(), s -> new StringBuilder()).append(fmt(x)).append(',').append(fmt(y))
                    .append(' ');
            svg.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"3.5\" fill=\"")
                    .append(COLOURS.get(m.series())).append("\"/>");
        }
        lines.forEach((series, coordinates) -> svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"")
                .append(COLOURS.get(series)).append("\" points=\"").append(coordinates.toString().strip())
                .append("\"/>"));
        svg.append("</svg>");
        add(new Html(svg.toString()));
        add(legend(indicator, lines.keySet()));
    }

    private UnorderedList legend(IndicatorDetails indicator, java.util.Set<IndicatorSplit.Series> shown) {
        UnorderedList legend = new UnorderedList();
        legend.addClassName("chart-legend");
        for (IndicatorSplit.Series series : shown) {
            Span swatch = new Span();
            swatch.addClassNames("swatch", "swatch-" + series.name().toLowerCase(Locale.ROOT));
            legend.add(new ListItem(swatch, new Span(getTranslation("indicator.series." + series.name()))));
        }
        if (indicator.targetValue() != null) {
            Span swatch = new Span();
            swatch.addClassNames("swatch", "swatch-target");
            legend.add(new ListItem(swatch, new Span(getTranslation("indicator.target"))));
        }
        return legend;
    }

    private record Scale(long day0, long days, double min, double max) {
        double x(long day) {
            return PAD_LEFT + (double) (day - day0) / days * (WIDTH - PAD_LEFT - PAD_RIGHT);
        }

        double y(double value) {
            return HEIGHT - PAD_BOTTOM - (value - min) / (max - min) * (HEIGHT - PAD_TOP - PAD_BOTTOM);
        }
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, String extra) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"" + colour + "\" stroke-width=\"1.5\" " + extra + "/>";
    }

    private static String text(double x, double y, String anchor, String content) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor
                + "\" font-size=\"12\" fill=\"#1f2933\">" + escape(content) + "</text>";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
