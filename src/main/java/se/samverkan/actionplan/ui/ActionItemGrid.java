package se.samverkan.actionplan.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

import se.samverkan.actionplan.ActionItemSummary;
import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.base.ui.Formats;

/** The action items of one area, loaded page by page, overdue ones first. */
public class ActionItemGrid extends Grid<ActionItemSummary> {

    public ActionItemGrid(ActionPlanService actionPlans, long areaId) {
        addComponentColumn(item -> new RouterLink(item.title(), ActionItemView.class, item.id()))
                .setHeader(getTranslation("actionItem.title")).setWidth("18rem").setFlexGrow(3);
        addColumn(ActionItemSummary::leadOrganisation).setHeader(getTranslation("actionItem.lead"))
                .setWidth("14rem").setFlexGrow(1);
        addColumn(item -> item.responsible() == null ? "–" : item.responsible())
                .setHeader(getTranslation("actionItem.responsible")).setWidth("10rem").setFlexGrow(1);
        addComponentColumn(this::dueDate).setHeader(getTranslation("actionItem.dueDate")).setAutoWidth(true);
        addComponentColumn(item -> Formats.status(this, "actionItem.status", item.status()))
                .setHeader(getTranslation("actionItem.status")).setAutoWidth(true);
        addColumn(item -> item.progress() + " %").setHeader(getTranslation("actionItem.progress"))
                .setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAriaLabel(getTranslation("actionItems.heading"));
        setItems(query -> actionPlans.findItemsInArea(areaId, query.getOffset(), query.getLimit()).stream(),
                query -> actionPlans.countItemsInArea(areaId));
        setEmptyStateText(getTranslation("actionItems.empty"));
        addClassNames("action-item-grid", "fill");
    }

    private Span dueDate(ActionItemSummary item) {
        Span date = new Span(Formats.date(item.dueDate()));
        if (item.overdue()) {
            // not by colour alone: the word says it too
            date.setText(Formats.date(item.dueDate()) + " (" + getTranslation("actionItem.overdue") + ")");
            date.addClassName("overdue");
        }
        return date;
    }
}
