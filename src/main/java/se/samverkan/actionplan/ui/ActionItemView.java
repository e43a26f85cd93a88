package se.samverkan.actionplan.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.samverkan.actionplan.ActionItemDetails;
import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.actionplan.ProgressReportSummary;
import se.samverkan.base.ui.DetailList;
import se.samverkan.base.ui.DetailView;
import se.samverkan.base.ui.Formats;

/** One action item, read-only: what it is, who leads it, where it stands, and its progress reports. */
@Route("action-items")
@PermitAll
public class ActionItemView extends DetailView<ActionItemDetails> {

    private final ActionPlanService actionPlans;

    public ActionItemView(ActionPlanService actionPlans) {
        this.actionPlans = actionPlans;
    }

    @Override
    protected Optional<ActionItemDetails> load(long id) {
        return actionPlans.findItem(id);
    }

    @Override
    protected String notFoundKey() {
        return "actionItem.notFound";
    }

    @Override
    protected String title(ActionItemDetails item) {
        return item.title();
    }

    @Override
    protected void render(ActionItemDetails item) {
        add(areaLink(item));
        add(new H1(item.title()));
        if (item.description() != null) {
            add(new Paragraph(item.description()));
        }
        add(facts(item));
        add(new H2(getTranslation("progressReports.heading")));
        if (item.reports().isEmpty()) {
            add(new Paragraph(getTranslation("progressReports.empty")));
        }
        for (ProgressReportSummary report : item.reports()) {
            add(report(report));
        }
    }

    private Anchor areaLink(ActionItemDetails item) {
        return routeLink("areas/" + item.areaId(), item.areaPosition() + ". " + item.areaTitle());
    }

    /** Agreement and area views belong to the agreement feature: link to their routes, not their classes. */
    private static Anchor routeLink(String route, String text) {
        Anchor link = new Anchor(route, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private DetailList facts(ActionItemDetails item) {
        ProgressBar bar = new ProgressBar(0, 100, item.progress());
        bar.getElement().setAttribute("aria-label", getTranslation("actionItem.progress"));
        Div progress = new Div(bar, new Span(item.progress() + " %"));
        progress.addClassName("progress");
        Span due = new Span(Formats.date(item.dueDate()));
        if (item.overdue()) {
            due.setText(Formats.date(item.dueDate()) + " (" + getTranslation("actionItem.overdue") + ")");
            due.addClassName("overdue");
        }
        return new DetailList()
                .add(getTranslation("actionItem.status"), Formats.status(this, "actionItem.status", item.status()))
                .add(getTranslation("actionItem.progress"), progress)
                .add(getTranslation("actionItem.lead"), item.leadOrganisation())
                .add(getTranslation("actionItem.responsible"), item.responsible() == null ? null
                        : item.responsible().name() + " (" + item.responsible().email() + ")")
                .add(getTranslation("actionItem.coOwners"), String.join(", ", item.coOwners()))
                .add(getTranslation("actionItem.startDate"), Formats.date(item.startDate()))
                .add(getTranslation("actionItem.dueDate"), due)
                .add(getTranslation("actionItem.plan"), item.planTitle())
                .add(getTranslation("actionItem.agreement"), routeLink("agreements/" + item.agreementId(),
                        item.agreementTitle()));
    }

    private Div report(ProgressReportSummary report) {
        Div card = new Div();
        card.addClassName("report");
        Span heading = new Span(Formats.date(report.reportedOn()) + " · " + report.author() + " · "
                + report.progress() + " %");
        heading.addClassName("report-heading");
        card.add(heading, Formats.status(this, "actionItem.status", report.status()), new Paragraph(report.summary()));
        return card;
    }
}
