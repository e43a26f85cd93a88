package se.samverkan.actionplan.ui;

import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;

import se.samverkan.actionplan.ActionItemSummary;
import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.actionplan.ItemFilter;
import se.samverkan.actionplan.ItemOrder;
import se.samverkan.actionplan.ItemSort;
import se.samverkan.base.ui.Formats;
import se.samverkan.base.ui.RowNavigation;

/**
 * Action items, loaded page by page and sorted in the database; with no sort chosen, overdue ones first, then by due
 * date. A click anywhere in a row (or Enter on it) opens the item. Below {@value #NARROW} px each row is one compact
 * card (title, status, due date, responsible), so a phone never scrolls sideways.
 */
public class ActionItemGrid extends Grid<ActionItemSummary> {

    static final int NARROW = 700;

    private final List<Column<ActionItemSummary>> wideColumns;
    private final Column<ActionItemSummary> cardColumn;
    private Registration resize;

    /** The items of one area. */
    public ActionItemGrid(ActionPlanService actionPlans, long areaId) {
        this(actionPlans, () -> ItemFilter.none().withArea(areaId), false, false);
    }

    /** "My items", or the items matching a filter. */
    ActionItemGrid(ActionPlanService actionPlans, Supplier<ItemFilter> filter, boolean mine, boolean showArea) {
        Column<ActionItemSummary> title = addComponentColumn(this::titleLink)
                .setHeader(getTranslation("actionItem.title")).setWidth("14rem").setFlexGrow(3)
                .setSortable(true).setSortProperty(ItemSort.TITLE.name());
        Column<ActionItemSummary> area = addColumn(item -> item.areaPosition() + ". " + item.areaTitle())
                .setHeader(getTranslation("actionItem.area")).setWidth("10rem").setFlexGrow(2)
                .setSortable(true).setSortProperty(ItemSort.AREA.name());
        area.setVisible(showArea);
        Column<ActionItemSummary> lead = addColumn(ActionItemSummary::leadOrganisation)
                .setHeader(getTranslation("actionItem.lead")).setWidth("9rem").setFlexGrow(2)
                .setSortable(true).setSortProperty(ItemSort.LEAD.name());
        Column<ActionItemSummary> responsible = addColumn(item -> item.responsible() == null ? "–" : item.responsible())
                .setHeader(getTranslation("actionItem.responsible")).setWidth("8rem").setFlexGrow(1)
                .setSortable(true).setSortProperty(ItemSort.RESPONSIBLE.name());
        Column<ActionItemSummary> due = addComponentColumn(this::dueDate)
                .setHeader(getTranslation("actionItem.dueDate")).setWidth("7.5rem").setFlexGrow(0)
                .setSortable(true).setSortProperty(ItemSort.DUE_DATE.name());
        // status, assessment and progress share one column, so that a 1366 px screen shows every column
        Column<ActionItemSummary> standing = addComponentColumn(this::standing)
                .setHeader(getTranslation("actionItem.standing")).setWidth("8.5rem").setFlexGrow(0)
                .setSortable(true).setSortProperty(ItemSort.STATUS.name());
        wideColumns = showArea ? List.of(title, area, lead, responsible, due, standing)
                : List.of(title, lead, responsible, due, standing);
        cardColumn = addComponentColumn(this::card).setHeader(getTranslation("actionItems.heading"));
        cardColumn.setVisible(false);

        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAriaLabel(getTranslation("actionItems.heading"));
        setEmptyStateText(getTranslation(mine ? "myItems.empty" : "actionItems.empty"));
        setItems(query -> {
            List<ItemOrder> order = query.getSortOrders().stream().map(ActionItemGrid::order).toList();
            return mine ? actionPlans.findMyItems(query.getOffset(), query.getLimit()).stream()
                    : actionPlans.findItems(filter.get(), order, query.getOffset(), query.getLimit()).stream();
        }, query -> mine ? actionPlans.countMyItems() : actionPlans.countItems(filter.get()));
        RowNavigation.install(this, item -> "action-items/" + item.id());
        addClassNames("action-item-grid", "fill");
    }

    private static ItemOrder order(QuerySortOrder sort) {
        return new ItemOrder(ItemSort.valueOf(sort.getSorted()), sort.getDirection() == SortDirection.DESCENDING);
    }

    public void refresh() {
        getDataProvider().refreshAll();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        attach.getUI().getPage().retrieveExtendedClientDetails(details -> layoutFor(details.getWindowInnerWidth()));
        resize = attach.getUI().getPage().addBrowserWindowResizeListener(event -> layoutFor(event.getWidth()));
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detach) {
        if (resize != null) {
            resize.remove();
        }
        super.onDetach(detach);
    }

    private void layoutFor(int width) {
        boolean narrow = width > 0 && width < NARROW;
        cardColumn.setVisible(narrow);
        wideColumns.forEach(column -> column.setVisible(!narrow));
    }

    private RouterLink titleLink(ActionItemSummary item) {
        return new RouterLink(item.title(), ActionItemView.class, item.id());
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

    private Div standing(ActionItemSummary item) {
        Div standing = new Div(Formats.status(this, "actionItem.status", item.status()),
                ItemBadges.light(this, item.trafficLight()), new Span(item.progress() + " %"));
        standing.addClassName("standing-cell");
        return standing;
    }

    private Div card(ActionItemSummary item) {
        RouterLink title = titleLink(item);
        title.addClassName("card-title");
        Div badges = new Div(Formats.status(this, "actionItem.status", item.status()),
                ItemBadges.light(this, item.trafficLight()));
        badges.addClassName("card-badges");
        Span due = dueDate(item);
        Span dueLine = new Span(getTranslation("actionItem.dueDate") + ": ");
        Div when = new Div(dueLine, due);
        Div who = new Div(new Span(getTranslation("actionItem.responsible") + ": "
                + (item.responsible() == null ? "–" : item.responsible())));
        Div card = new Div(title, badges, when, who);
        card.addClassName("item-card");
        return card;
    }
}
