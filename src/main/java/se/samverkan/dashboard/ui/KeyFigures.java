package se.samverkan.dashboard.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;

import se.samverkan.actionplan.ActionItemStatus;
import se.samverkan.base.ui.Formats;
import se.samverkan.dashboard.Dashboard;

/** The dashboard's key figures as links, and the two short lists: overdue items, and items without a recent report. */
final class KeyFigures {

    /** The follow-up feature's pages, linked by address (this feature does not depend on its views). */
    private static final String FOLLOW_UPS = "follow-ups";

    private KeyFigures() {
    }

    static String figures(Component c, Dashboard d) {
        Locale l = Links.locale();
        Dashboard.Totals t = d.totals();
        int share = t.countable() == 0 ? 0 : Math.round(100f * t.completed() / t.countable());
        return "<ul class=\"key-figures\" aria-label=\"" + Markup.escape(c.getTranslation("dashboard.figures"))
                + "\">" + figure(c.getTranslation("dashboard.figure.items"), Links.number(t.items(), l),
                Links.list(d.filter()), false)
                + figure(c.getTranslation("dashboard.figure.open"), Links.number(t.open(), l),
                        Links.list(d.filter().withStatuses(ActionItemStatus.OPEN)), false)
                + figure(c.getTranslation("dashboard.figure.overdue"), Links.number(t.overdue(), l),
                        Links.list(d.filter().withOverdueOnly(true)), t.overdue() > 0)
                + figure(c.getTranslation("dashboard.figure.stale", Formats.date(d.stale().since())),
                        Links.number(t.stale(), l), Links.list(d.filter().withNoReportSince(d.stale().since())), false)
                + figure(c.getTranslation("dashboard.figure.completed"), Links.number(share, l) + " %",
                        Links.list(d.filter().withStatuses(EnumSet.of(ActionItemStatus.COMPLETED))), false)
                + "</ul>";
    }

    private static String figure(String label, String value, String href, boolean alert) {
        return "<li class=\"key-figure" + (alert ? " figure-alert" : "") + "\"><a href=\"" + Markup.escape(href)
                + "\" router-link><span class=\"figure-value\">" + Markup.escape(value)
                + "</span><span class=\"figure-label\">" + Markup.escape(label) + "</span></a></li>";
    }

    static String overdue(Component c, Dashboard d) {
        return shortList(c, c.getTranslation("dashboard.overdue.heading"),
                c.getTranslation("dashboard.overdue.summary", Links.number(d.totals().overdue(), Links.locale())),
                d.overdue(), d.totals().overdue(), Links.list(d.filter().withOverdueOnly(true)), false);
    }

    static String stale(Component c, Dashboard d) {
        Dashboard.Stale s = d.stale();
        String summary = s.sinceFollowUp()
                ? c.getTranslation("dashboard.stale.sinceFollowUp", Links.number(d.totals().stale(), Links.locale()),
                        s.followUpTitle(), Formats.date(s.since()))
                : c.getTranslation("dashboard.stale.sincePeriod", Links.number(d.totals().stale(), Links.locale()),
                        Formats.date(s.since()));
        // the heading says what the date is: the last follow-up held, or (none held in the period) the period's start
        String heading = c.getTranslation(
                s.sinceFollowUp() ? "dashboard.stale.heading" : "dashboard.stale.headingPeriod");
        return shortList(c, heading, summary, s.first(), d.totals().stale(),
                Links.list(d.filter().withNoReportSince(s.since())), true);
    }

    /** The next follow-ups, each linked to its page (agenda, reporting deadline), or that none is planned. */
    static String upcoming(Component c, Dashboard d) {
        StringBuilder markup = new StringBuilder("<section class=\"dashboard-panel short-list upcoming-follow-ups\"><h2>")
                .append(Markup.escape(c.getTranslation("dashboard.upcoming.heading"))).append("</h2>");
        if (d.upcoming().isEmpty()) {
            markup.append("<p>").append(Markup.escape(c.getTranslation("dashboard.upcoming.none"))).append("</p>");
        } else {
            markup.append("<ul>");
            for (Dashboard.Upcoming f : d.upcoming()) {
                String facts = c.getTranslation("dashboard.upcoming.facts", Formats.date(f.on()),
                        Formats.date(f.reportBy()));
                if (d.query().agreementId() == null) {
                    facts = f.agreementTitle() + " – " + facts;
                }
                markup.append("<li>").append(Markup.link(FOLLOW_UPS + "/" + f.id(), f.title()))
                        .append("<span class=\"item-facts\">").append(Markup.escape(facts)).append("</span></li>");
            }
            markup.append("</ul>");
        }
        markup.append("<p>").append(Markup.link(FOLLOW_UPS, c.getTranslation("dashboard.upcoming.all")))
                .append("</p></section>");
        return markup.toString();
    }

    private static String shortList(Component c, String heading, String summary, List<Dashboard.ItemLine> items,
            int total, String all, boolean withLastReport) {
        StringBuilder markup = new StringBuilder("<section class=\"dashboard-panel short-list\"><h2>")
                .append(Markup.escape(heading)).append("</h2><p>").append(Markup.escape(summary)).append("</p>");
        if (!items.isEmpty()) {
            markup.append("<ul>");
            for (Dashboard.ItemLine item : items) {
                String facts = withLastReport
                        ? c.getTranslation("dashboard.item.lastReport", item.lead(),
                                item.lastReport() == null ? c.getTranslation("dashboard.item.never")
                                        : Formats.date(item.lastReport()))
                        : c.getTranslation("dashboard.item.due", item.lead(), Formats.date(item.dueDate()));
                markup.append("<li>").append(Markup.link(Links.LIST_ROUTE + "/" + item.id(), item.title()))
                        .append("<span class=\"item-facts\">").append(Markup.escape(facts)).append("</span></li>");
            }
            markup.append("</ul>");
        }
        if (total > items.size()) {
            markup.append("<p>").append(Markup.link(all,
                    c.getTranslation("dashboard.showAll", Links.number(total, Links.locale())))).append("</p>");
        }
        return markup.append("</section>").toString();
    }
}
