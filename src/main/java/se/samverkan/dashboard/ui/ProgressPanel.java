package se.samverkan.dashboard.ui;

import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;

import se.samverkan.actionplan.ActionItemStatus;
import se.samverkan.base.ui.TranslationProvider;
import se.samverkan.dashboard.Dashboard;
import se.samverkan.dashboard.Dashboard.MonthPoint;

/** Progress over time: progress reports per month, and the share of items completed by each month's end. */
final class ProgressPanel {

    private ProgressPanel() {
    }

    static void create(Component c, Dashboard d, Board board) {
        Locale l = Links.locale();
        DateTimeFormatter format = DateTimeFormatter.ofPattern("MMM yyyy", TranslationProvider.supported(l));
        List<MonthPoint> months = d.months();
        List<String> labels = months.stream().map(m -> format.format(m.month())).toList();
        String completed = Links.list(d.filter().withStatuses(EnumSet.of(ActionItemStatus.COMPLETED)));
        Options.Series reports = new Options.Series(c.getTranslation("dashboard.progress.reports"), "#1f4e9c",
                months.stream().map(MonthPoint::reports).toList(),
                months.stream().map(m -> Links.list(d.filter().withReportedIn(m.month()))).toList());
        Options.Series share = new Options.Series(c.getTranslation("dashboard.progress.share"), "#1b6b3f",
                months.stream().map(m -> Math.round(m.shareCompleted() * 1000) / 10.0).toList(),
                months.stream().map(m -> completed).toList());
        int total = months.stream().mapToInt(MonthPoint::reports).sum();
        MonthPoint last = months.isEmpty() ? null : months.getLast();
        String summary = last == null ? c.getTranslation("dashboard.progress.none")
                : c.getTranslation("dashboard.progress.summary", Links.number(total, l),
                        Links.number(Math.round(last.shareCompleted() * 100), l), format.format(last.month()));
        Markup.Table table = new Markup.Table(c.getTranslation("dashboard.progress.heading"),
                List.of(c.getTranslation("dashboard.month"), c.getTranslation("dashboard.progress.reports"),
                        c.getTranslation("dashboard.progress.completedByEnd"),
                        c.getTranslation("dashboard.progress.share")));
        for (MonthPoint m : months) {
            table.row(Markup.escape(format.format(m.month())),
                    Links.count(m.reports(), d.filter().withReportedIn(m.month()), l),
                    Markup.escape(Links.number(m.completedByEnd(), l)),
                    Markup.escape(Links.number(Math.round(m.shareCompleted() * 1000) / 10.0, l) + " %"));
        }
        board.chartPanel(c.getTranslation("dashboard.progress.heading"), summary, Options.months(labels, reports, share,
                c.getTranslation("dashboard.progress.reportsAxis"), c.getTranslation("dashboard.progress.shareAxis")),
                300, null, table.end());
    }
}
