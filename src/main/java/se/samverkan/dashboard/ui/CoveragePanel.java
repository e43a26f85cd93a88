package se.samverkan.dashboard.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;

import se.samverkan.actionplan.ItemFilter;
import se.samverkan.dashboard.Dashboard;
import se.samverkan.dashboard.Dashboard.Coverage;
import se.samverkan.dashboard.DashboardService;

/**
 * Coverage: district boards (rows) × the city-wide agreement's areas (columns, by number), each cell the items of
 * local agreements that contribute to that area. Empty cells are the gaps.
 */
final class CoveragePanel {

    private CoveragePanel() {
    }

    static ItemFilter cell(Dashboard d, long districtId, long cityAreaId) {
        return DashboardService.coverageFilter(d.query()).withCoverage(cityAreaId, districtId);
    }

    static void create(Component c, Dashboard d, Board board) {
        Locale l = Links.locale();
        Coverage cov = d.coverage();
        List<String> columns = cov.columns().stream().map(a -> String.valueOf(a.position())).toList();
        List<String> rows = cov.rows().stream()
                .map(r -> r.shortName() == null ? r.name() : r.shortName().replaceFirst("^SDF ", "")).toList();
        String template = Links.list(DashboardService.coverageFilter(d.query()).withCoverage(-1L, -2L))
                .replace("contributes=-1", "contributes={x}").replace("party=-2", "party={y}");
        int covered = 0;
        for (int[] row : cov.items()) {
            for (int cell : row) {
                covered += cell > 0 ? 1 : 0;
            }
        }
        long without = cov.rows().stream().filter(r -> r.localAgreements() == 0).count();
        String summary = c.getTranslation("dashboard.coverage.summary", Links.number(covered, l),
                Links.number(cov.rows().size() * cov.columns().size(), l), Links.number(without, l),
                Links.number(cov.rows().size(), l));
        List<String> headers = new ArrayList<>();
        headers.add(c.getTranslation("dashboard.coverage.district"));
        cov.columns().forEach(a -> headers.add(a.position() + ". " + a.title()));
        Markup.Table table = new Markup.Table(c.getTranslation("dashboard.coverage.heading"), headers);
        for (int r = 0; r < cov.rows().size(); r++) {
            Coverage.District district = cov.rows().get(r);
            String[] cells = new String[cov.columns().size()];
            for (int col = 0; col < cells.length; col++) {
                cells[col] = Links.count(cov.items()[r][col], cell(d, district.id(), cov.columns().get(col).id()), l);
            }
            String name = district.name() + (district.localAgreements() == 0
                    ? " (" + c.getTranslation("dashboard.coverage.noAgreement") + ")" : "");
            table.row(Markup.escape(name), cells);
        }
        board.chartPanel(c.getTranslation("dashboard.coverage.heading"), summary, Options.heatmap(columns, rows,
                cov.items(), template, cov.columns().stream().map(Coverage.CityArea::id).toList(),
                cov.rows().stream().map(Coverage.District::id).toList(), c.getTranslation("dashboard.coverage.items")),
                Math.max(220, 100 + rows.size() * 30), key(c, cov), table.end());
    }

    /** The chart numbers the areas; the key below it names them. */
    private static String key(Component c, Coverage cov) {
        StringBuilder markup = new StringBuilder("<ol class=\"coverage-key\" aria-label=\"")
                .append(Markup.escape(c.getTranslation("dashboard.coverage.key"))).append("\">");
        cov.columns().forEach(a -> markup.append("<li value=\"").append(a.position()).append("\">")
                .append(Markup.escape(a.title())).append("</li>"));
        return markup.append("</ol>").toString();
    }
}
