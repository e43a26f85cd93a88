package se.samverkan.actionplan.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import se.samverkan.base.ui.UiIcon;
import com.vaadin.flow.router.Route;

import org.springframework.beans.factory.ObjectProvider;

import jakarta.annotation.security.PermitAll;
import se.samverkan.actionplan.ActionItemDetails;
import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.actionplan.IndicatorService;
import se.samverkan.actionplan.ProgressReportService;
import se.samverkan.audit.AuditService;
import se.samverkan.base.ui.DetailView;
import se.samverkan.base.ui.Formats;
import se.samverkan.base.ui.PageSectionContributor;
import se.samverkan.base.ui.PageSections;
import se.samverkan.base.ui.SectionTabs;
import se.samverkan.base.ui.ServiceErrors;

/**
 * One action item: where it stands, its facts, its progress reports, its indicators and its history. Those who may
 * change it get Edit, New progress report and (managers) Delete; the services decide, the page only reflects it.
 */
@Route("action-items")
@PermitAll
public class ActionItemView extends DetailView<ActionItemDetails> {

    private final ActionPlanService actionPlans;
    private final ProgressReportService reports;
    private final IndicatorService indicators;
    private final AuditService audit;
    private final ObjectProvider<PageSectionContributor> sections;

    public ActionItemView(ActionPlanService actionPlans, ProgressReportService reports, IndicatorService indicators,
            AuditService audit, ObjectProvider<PageSectionContributor> sections) {
        this.actionPlans = actionPlans;
        this.reports = reports;
        this.indicators = indicators;
        this.audit = audit;
        this.sections = sections;
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
        add(Links.route("areas/" + item.areaId(), item.areaPosition() + ". " + item.areaTitle()));
        add(new H1(item.title()));
        add(standing(item), actions(item));
        SectionTabs tabs = new SectionTabs(getTranslation("actionItem.tabs"));
        // other features' sections about the item (e.g. remarks from consultations it answers) belong to its overview
        tabs.add(getTranslation("actionItem.tab.overview"),
                new Div(new ItemFacts(item), new PageSections(sections, PageSectionContributor.Subject.ACTION_ITEM,
                        item.id())));
        tabs.add(getTranslation("actionItem.tab.reports", item.reports().size()),
                new ReportTimeline(item.reports(), reports));
        tabs.add(getTranslation("actionItem.tab.indicators"),
                new IndicatorList(indicators, indicators.findOfItem(item.id()), null, null, item.id(),
                        item.permissions().edit()));
        tabs.add(getTranslation("actionItem.tab.history"), new ItemHistory(audit, item.id()));
        tabs.addClassName("item-tabs");
        add(tabs);
    }

    /** Status, assessment, progress and due date in one line, each in words. */
    private Div standing(ActionItemDetails item) {
        Span due = new Span(getTranslation("actionItem.dueDate") + ": " + Formats.date(item.dueDate())
                + (item.overdue() ? " (" + getTranslation("actionItem.overdue") + ")" : ""));
        if (item.overdue()) {
            due.addClassName("overdue");
        }
        Div line = new Div(Formats.status(this, "actionItem.status", item.status()),
                ItemBadges.light(this, item.trafficLight()), new Span(item.progress() + " %"), due);
        line.addClassName("item-standing");
        return line;
    }

    private Div actions(ActionItemDetails item) {
        Div bar = new Div();
        bar.addClassName("item-actions");
        if (item.permissions().edit()) {
            Anchor edit = Links.route("action-items/" + item.id() + "/edit", getTranslation("actionItem.edit"));
            edit.addClassName("button-link");
            edit.getElement().setAttribute("theme", "primary");
            bar.add(edit);
        }
        if (item.permissions().report()) {
            Button report = new Button(getTranslation("progressReport.new"), UiIcon.PLUS.create(),
                    click -> new ProgressReportDialog(reports, item, this::refresh).open());
            bar.add(report);
        }
        if (item.permissions().delete()) {
            Button delete = new Button(getTranslation("actionItem.delete"), UiIcon.TRASH.create(),
                    click -> confirmDelete(item));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            bar.add(delete);
        }
        return bar;
    }

    private void confirmDelete(ActionItemDetails item) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("actionItem.delete.heading"),
                getTranslation("actionItem.delete.text", item.title()), getTranslation("actionItem.delete"),
                event -> {
                    if (ServiceErrors.attempt(this, java.util.Map.of(),
                            () -> actionPlans.deleteItem(item.id(), item.version()))) {
                        getUI().ifPresent(ui -> ui.navigate("areas/" + item.areaId()));
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
