package se.samverkan.dashboard.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;

import se.samverkan.actionplan.Funding;
import se.samverkan.dashboard.Dashboard;
import se.samverkan.dashboard.Dashboard.ResourceSum;
import se.samverkan.organisation.Agency;

/** Resources per agency: kronor and hours from existing budgets and new money (full-time equivalents in the table). */
final class ResourcePanel {

    private static final String[] COLOURS = { "#1f4e9c", "#b7791f" };

    private ResourcePanel() {
    }

    static void create(Component c, Dashboard d, Board board) {
        Locale l = Links.locale();
        List<Agency> agencies = d.resources().stream().map(ResourceSum::agency).distinct().toList();
        List<String> labels = agencies.stream().map(a -> c.getTranslation("agency." + a.name())).toList();
        List<Options.Series> kronor = new ArrayList<>();
        List<Options.Series> hours = new ArrayList<>();
        for (Funding funding : Funding.values()) {
            List<String> hrefs = agencies.stream().map(a -> Links.list(d.filter().withResources(a, funding))).toList();
            String name = c.getTranslation("dashboard.funding." + funding.name());
            kronor.add(new Options.Series(name, COLOURS[funding.ordinal()],
                    agencies.stream().map(a -> sum(d, a, funding).amountSek()).toList(), hrefs));
            hours.add(new Options.Series(name, COLOURS[funding.ordinal()],
                    agencies.stream().map(a -> sum(d, a, funding).hours()).toList(), hrefs));
        }
        BigDecimal existing = total(d, Funding.EXISTING);
        BigDecimal fresh = total(d, Funding.NEW);
        BigDecimal totalHours = d.resources().stream().map(ResourceSum::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal fte = d.resources().stream().map(ResourceSum::fte).reduce(BigDecimal.ZERO, BigDecimal::add);
        String summary = c.getTranslation("dashboard.resources.summary", Links.number(fresh, l),
                Links.number(existing, l), Links.number(totalHours, l), Links.number(fte, l));
        Markup.Table table = new Markup.Table(c.getTranslation("dashboard.resources.heading"),
                List.of(c.getTranslation("dashboard.resources.agencyFunding"),
                        c.getTranslation("dashboard.resources.sek"), c.getTranslation("dashboard.resources.hours"),
                        c.getTranslation("dashboard.resources.fte"), c.getTranslation("dashboard.resources.items")));
        for (ResourceSum r : d.resources()) {
            table.row(Markup.escape(c.getTranslation("agency." + r.agency().name()) + ", "
                            + c.getTranslation("dashboard.funding." + r.funding().name())),
                    Markup.escape(Links.number(r.amountSek(), l)), Markup.escape(Links.number(r.hours(), l)),
                    Markup.escape(Links.number(r.fte(), l)),
                    Links.count(r.items(), d.filter().withResources(r.agency(), r.funding()), l));
        }
        board.chartPanel(c.getTranslation("dashboard.resources.heading"), summary, Options.resources(labels, kronor,
                hours, c.getTranslation("dashboard.resources.sek"), c.getTranslation("dashboard.resources.hours")),
                Math.max(300, 160 + agencies.size() * 70), null, table.end());
    }

    private static ResourceSum sum(Dashboard d, Agency agency, Funding funding) {
        return d.resources().stream().filter(r -> r.agency() == agency && r.funding() == funding).findFirst()
                .orElse(new ResourceSum(agency, funding, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0));
    }

    private static BigDecimal total(Dashboard d, Funding funding) {
        return d.resources().stream().filter(r -> r.funding() == funding).map(ResourceSum::amountSek)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
