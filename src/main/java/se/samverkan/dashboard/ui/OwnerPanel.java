package se.samverkan.dashboard.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;

import se.samverkan.actionplan.ItemFilter;
import se.samverkan.actionplan.ItemFilter.OrganisationRole;
import se.samverkan.dashboard.Dashboard;
import se.samverkan.dashboard.Dashboard.OwnerCounts;

/** Items led and co-owned, and how many of those are late, by organisation (the busiest) and by agency. */
final class OwnerPanel {

    private static final String[] COLOURS = { "#1f4e9c", "#6b7a8f", "#b3261e" };

    private OwnerPanel() {
    }

    private static ItemFilter led(Dashboard d, OwnerCounts o) {
        return o.organisationId() == null ? d.filter().withAgency(o.agency(), OrganisationRole.LEAD)
                : d.filter().withOrganisation(o.organisationId(), OrganisationRole.LEAD);
    }

    private static ItemFilter coOwned(Dashboard d, OwnerCounts o) {
        return o.organisationId() == null ? d.filter().withAgency(o.agency(), OrganisationRole.CO_OWNER)
                : d.filter().withOrganisation(o.organisationId(), OrganisationRole.CO_OWNER);
    }

    private static ItemFilter late(Dashboard d, OwnerCounts o) {
        ItemFilter f = o.organisationId() == null ? d.filter().withAgency(o.agency(), OrganisationRole.EITHER)
                : d.filter().withOrganisation(o.organisationId(), OrganisationRole.EITHER);
        return f.withOverdueOnly(true);
    }

    static void create(Component c, Dashboard d, Board board) {
        Locale l = Links.locale();
        List<OwnerCounts> rows = d.organisations();
        List<String> labels = rows.stream().map(OwnerCounts::name).toList();
        List<Options.Series> series = List.of(
                new Options.Series(c.getTranslation("dashboard.owners.led"), COLOURS[0],
                        rows.stream().map(OwnerCounts::led).toList(),
                        rows.stream().map(o -> Links.list(led(d, o))).toList()),
                new Options.Series(c.getTranslation("dashboard.owners.coOwned"), COLOURS[1],
                        rows.stream().map(OwnerCounts::coOwned).toList(),
                        rows.stream().map(o -> Links.list(coOwned(d, o))).toList()),
                new Options.Series(c.getTranslation("dashboard.owners.late"), COLOURS[2],
                        rows.stream().map(OwnerCounts::late).toList(),
                        rows.stream().map(o -> Links.list(late(d, o))).toList()));
        String summary = rows.isEmpty() ? c.getTranslation("dashboard.owners.none")
                : c.getTranslation("dashboard.owners.summary", rows.getFirst().name(),
                        Links.number(rows.getFirst().led(), l),
                        Links.number(d.totals().overdue(), l),
                        Links.number(rows.stream().filter(o -> o.late() > 0).count(), l));
        Markup.Table table = new Markup.Table(c.getTranslation("dashboard.owners.heading"),
                List.of(c.getTranslation("dashboard.owners.organisation"), c.getTranslation("dashboard.agency"),
                        c.getTranslation("dashboard.owners.led"), c.getTranslation("dashboard.owners.coOwned"),
                        c.getTranslation("dashboard.owners.late")));
        for (OwnerCounts a : d.agencies()) {
            String name = c.getTranslation("dashboard.owners.allOf", c.getTranslation("agency." + a.agency().name()));
            row(c, d, table, name, a, l);
        }
        for (OwnerCounts o : rows) {
            row(c, d, table, o.name(), o, l);
        }
        board.chartPanel(c.getTranslation("dashboard.owners.heading"), summary,
                Options.stackedBars(labels, series, false, true), StatusPanels.height(rows.size() * 2), null,
                table.end());
    }

    private static void row(Component c, Dashboard d, Markup.Table table, String name, OwnerCounts o, Locale l) {
        table.row(Markup.escape(name), Markup.escape(c.getTranslation("agency." + o.agency().name())),
                Links.count(o.led(), led(d, o), l), Links.count(o.coOwned(), coOwned(d, o), l),
                Links.count(o.late(), late(d, o), l));
    }
}
