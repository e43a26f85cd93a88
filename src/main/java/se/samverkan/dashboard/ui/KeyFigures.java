package se.samverkan.dashboard.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import se.samverkan.actionplan.ActionItemStatus;
import se.samverkan.base.ui.Formats;
import se.samverkan.dashboard.Dashboard;

/** The dashboard's key figures as links, and the two short lists: overdue items, and items without a recent report. */
final class KeyFigures {

    private KeyFigures() {
    }

    static Component figures(Component c, Dashboard d) {
        Locale l = Links.locale();
        Dashboard.Totals t = d.totals();
        UnorderedList list = new UnorderedList();
        list.addClassName("key-figures");
        list.getElement().setAttribute("aria-label", c.getTranslation("dashboard.figures"));
        list.add(figure(c.getTranslation("dashboard.figure.items"), t.items(), Links.list(d.filter()), l, null));
        list.add(figure(c.getTranslation("dashboard.figure.open"), t.open(),
                Links.list(d.filter().withStatuses(ActionItemStatus.OPEN)), l, null));
        list.add(figure(c.getTranslation("dashboard.figure.overdue"), t.overdue(),
                Links.list(d.filter().withOverdueOnly(true)), l, t.overdue() > 0 ? "figure-alert" : null));
        list.add(figure(c.getTranslation("dashboard.figure.stale", Formats.date(d.stale().since())), t.stale(),
                Links.list(d.filter().withNoReportSince(d.stale().since())), l, null));
        int share = t.countable() == 0 ? 0 : Math.round(100f * t.completed() / t.countable());
        list.add(figure(c.getTranslation("dashboard.figure.completed"), share,
                Links.list(d.filter().withStatuses(EnumSet.of(ActionItemStatus.COMPLETED))), l, null, " %"));
        return list;
    }

    private static ListItem figure(String label, int value, String href, Locale l, String className) {
        return figure(label, value, href, l, className, "");
    }

    private static ListItem figure(String label, int value, String href, Locale l, String className, String unit) {
        Span number = new Span(Links.number(value, l) + unit);
        number.addClassName("figure-value");
        Span text = new Span(label);
        text.addClassName("figure-label");
        Anchor link = new Anchor(href, number, text);
        link.getElement().setAttribute("router-link", true);
        ListItem item = new ListItem(link);
        item.addClassName("key-figure");
        if (className != null) {
            item.addClassName(className);
        }
        return item;
    }

    static Section overdue(Component c, Dashboard d) {
        return shortList(c, c.getTranslation("dashboard.overdue.heading"),
                c.getTranslation("dashboard.overdue.summary", Links.number(d.totals().overdue(), Links.locale())),
                d.overdue(), d.totals().overdue(), Links.list(d.filter().withOverdueOnly(true)), false);
    }

    static Section stale(Component c, Dashboard d) {
        Dashboard.Stale s = d.stale();
        String summary = s.sinceFollowUp()
                ? c.getTranslation("dashboard.stale.sinceFollowUp", Links.number(d.totals().stale(), Links.locale()),
                        s.followUpTitle(), Formats.date(s.since()))
                : c.getTranslation("dashboard.stale.sincePeriod", Links.number(d.totals().stale(), Links.locale()),
                        Formats.date(s.since()));
        return shortList(c, c.getTranslation("dashboard.stale.heading"), summary, s.first(), d.totals().stale(),
                Links.list(d.filter().withNoReportSince(s.since())), true);
    }

    private static Section shortList(Component c, String heading, String summary, List<Dashboard.ItemLine> items,
            int total, String all, boolean withLastReport) {
        Section section = new Section();
        section.addClassNames("dashboard-panel", "short-list");
        H2 title = new H2(heading);
        section.add(title, new Paragraph(summary));
        if (!items.isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (Dashboard.ItemLine item : items) {
                Anchor link = Links.link(item.title(), Chart.LIST_ROUTE + "/" + item.id());
                String facts = withLastReport
                        ? c.getTranslation("dashboard.item.lastReport", item.lead(),
                                item.lastReport() == null ? c.getTranslation("dashboard.item.never")
                                        : Formats.date(item.lastReport()))
                        : c.getTranslation("dashboard.item.due", item.lead(), Formats.date(item.dueDate()));
                Span details = new Span(facts);
                details.addClassName("item-facts");
                list.add(new ListItem(link, details));
            }
            section.add(list);
        }
        if (total > items.size()) {
            section.add(new Div(Links.link(c.getTranslation("dashboard.showAll", Links.number(total, Links.locale())),
                    all)));
        }
        return section;
    }
}
