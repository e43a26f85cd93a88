package se.samverkan.agreement.ui;

import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.Route;

import org.springframework.beans.factory.ObjectProvider;

import jakarta.annotation.security.PermitAll;
import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.actionplan.AreaItemCounts;
import se.samverkan.agreement.AgreementDetails;
import se.samverkan.agreement.AgreementRef;
import se.samverkan.agreement.AgreementKind;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.AreaLinkService;
import se.samverkan.agreement.AreaOverview;
import se.samverkan.agreement.AreaService;
import se.samverkan.base.ui.DetailList;
import se.samverkan.base.ui.DetailView;
import se.samverkan.base.ui.Formats;
import se.samverkan.base.ui.GridCards;
import se.samverkan.base.ui.RowCard;
import se.samverkan.base.ui.RowNavigation;
import se.samverkan.base.ui.UiIcon;
import se.samverkan.base.ui.PageSectionContributor;
import se.samverkan.base.ui.PageSections;

/**
 * One agreement: its facts, its parties, its prioritized areas with their action items counted by status, and its
 * action plans. Those who manage the agreement also edit it, its areas and its plans from here.
 */
@Route("agreements")
@PermitAll
@StyleSheet("styles/editing.css")
public class AgreementView extends DetailView<AgreementDetails> {

    private static final String COUNT_WIDTH = "6.5rem";
    /** Below this grid width (CSS px) the areas are cards: the columns need about 900 px. */
    static final int AREA_CARDS_BELOW = 900;

    private final AgreementService agreements;
    private final AreaService areaService;
    private final ActionPlanService actionPlans;
    private final ObjectProvider<PageSectionContributor> sections;
    private final AreaLinkService areaLinks;
    private Grid<AreaRow> areaGrid;

    public AgreementView(AgreementService agreements, AreaService areaService, ActionPlanService actionPlans,
            ObjectProvider<PageSectionContributor> sections, AreaLinkService areaLinks) {
        this.agreements = agreements;
        this.areaService = areaService;
        this.actionPlans = actionPlans;
        this.sections = sections;
        this.areaLinks = areaLinks;
    }

    @Override
    protected Optional<AgreementDetails> load(long id) {
        return agreements.findAgreement(id);
    }

    @Override
    protected String notFoundKey() {
        return "agreement.notFound";
    }

    @Override
    protected String title(AgreementDetails agreement) {
        return agreement.title();
    }

    @Override
    protected void render(AgreementDetails agreement) {
        add(new RouterLink(getTranslation("agreements.back"), AgreementListView.class));
        FlexLayout header = new FlexLayout(new H1(agreement.title()));
        header.addClassName("page-header");
        if (agreement.manageable()) {
            Button edit = new Button(getTranslation("agreement.edit"), UiIcon.EDIT.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(AgreementEditView.editRoute(agreement.id()))));
            header.add(edit);
        }
        add(header);
        if (agreement.summary() != null) {
            add(new Paragraph(agreement.summary()));
        }
        add(facts(agreement));
        add(followUpsLink(agreement));
        // the board report (feature report) is linked by its address, so this feature does not depend on it
        com.vaadin.flow.component.html.Anchor boardReport = new com.vaadin.flow.component.html.Anchor(
                "board-report?agreement=" + agreement.id(), getTranslation("board.link"));
        boardReport.addClassNames("button-link", "board-report-link");
        com.vaadin.flow.component.html.Div actions = new com.vaadin.flow.component.html.Div(boardReport);
        actions.addClassName("item-actions");
        add(actions);
        add(new H2(getTranslation("areas.heading")));
        areaGrid = areas(agreement);
        add(areaGrid);
        if (agreement.manageable()) {
            add(new AreaManager(areaService, agreements, actionPlans, agreement.id(), () -> showAreas(agreement)));
        }
        if (agreement.kind() != AgreementKind.CITY_WIDE) {
            add(new AreaLinksPanel(areaLinks, agreement.id()));
        }
        add(new PlanSection(actionPlans, agreement.id(), agreement.manageable()));
        if (!agreement.children().isEmpty()) {
            add(new H2(getTranslation("agreement.children")));
            UnorderedList children = new UnorderedList();
            for (AgreementRef child : agreement.children()) {
                children.add(new ListItem(new RouterLink(child.title(), AgreementView.class, child.id()),
                        new Span(" (" + getTranslation("agreement.kind." + child.kind().name()) + ")")));
            }
            add(children);
        }
        add(new PageSections(sections, PageSectionContributor.Subject.AGREEMENT, agreement.id()));
    }

    private DetailList facts(AgreementDetails agreement) {
        DetailList facts = new DetailList()
                .add(getTranslation("agreement.kind"), getTranslation("agreement.kind." + agreement.kind().name()))
                .add(getTranslation("agreement.diaryNumber"), agreement.diaryNumber())
                .add(getTranslation("agreement.status"), Formats.status(this, "agreement.status", agreement.status()))
                .add(getTranslation("agreement.period"),
                        Formats.period(this, agreement.periodStart(), agreement.periodEnd()))
                .add(getTranslation("agreement.parties"), agreement.parties().stream()
                        .map(AgreementDetails.Party::name).collect(Collectors.joining(", ")));
        if (agreement.adoptedOn() != null) {
            facts.add(getTranslation("agreement.adopted"), Formats.date(agreement.adoptedOn())
                    + (agreement.adoptedBy() == null ? "" : ", " + agreement.adoptedBy()));
        }
        if (agreement.parent() != null) {
            facts.add(getTranslation("agreement.parent"),
                    new RouterLink(agreement.parent().title(), AgreementView.class, agreement.parent().id()));
        }
        return facts;
    }

    /** The agreement's follow-ups belong to the follow-up feature: a link to its route, not its class. */
    private Anchor followUpsLink(AgreementDetails agreement) {
        Anchor link = new Anchor("follow-ups?agreement=" + agreement.id(), getTranslation("followUps.ofAgreement"));
        link.getElement().setAttribute("router-link", true);
        link.addClassName("follow-ups-link");
        return link;
    }

    /** An area with its items counted by the action plan feature, which owns the rule of what "overdue" means. */
    private record AreaRow(AreaOverview area, AreaItemCounts counts) {
    }

    private Grid<AreaRow> areas(AgreementDetails agreement) {
        Grid<AreaRow> grid = new Grid<>();
        grid.addColumn(row -> row.area().position()).setHeader(getTranslation("area.position")).setWidth("3rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::areaLink).setHeader(getTranslation("area.title")).setWidth("14rem")
                .setFlexGrow(1);
        // the counts take narrow columns whose headers wrap, so that all of them, "overdue" last, fit at 1280 px
        count(grid, "area.items", AreaItemCounts::total);
        count(grid, "actionItem.status.PLANNED", AreaItemCounts::planned);
        count(grid, "actionItem.status.ONGOING", AreaItemCounts::ongoing);
        count(grid, "actionItem.status.COMPLETED", AreaItemCounts::completed);
        count(grid, "area.pausedOrCancelled", c -> c.postponed() + c.cancelled());
        grid.addComponentColumn(row -> overdue(row.counts())).setHeader(getTranslation("area.overdue"))
                .setWidth(COUNT_WIDTH).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        GridCards.install(grid, AREA_CARDS_BELOW, getTranslation("area.title"), this::areaCard);
        RowNavigation.install(grid, row -> "areas/" + row.area().id());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("areas.heading"));
        grid.setAllRowsVisible(true);
        grid.addClassName("areas-grid");
        areaGrid = grid;
        showAreas(agreement);
        return grid;
    }

    private RouterLink areaLink(AreaRow row) {
        return new RouterLink(row.area().title(), AreaView.class, row.area().id());
    }

    private void count(Grid<AreaRow> grid, String headerKey, ToIntFunction<AreaItemCounts> count) {
        grid.addColumn(row -> count.applyAsInt(row.counts())).setHeader(getTranslation(headerKey))
                .setWidth(COUNT_WIDTH).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
    }

    private static Span overdue(AreaItemCounts counts) {
        Span overdue = new Span(String.valueOf(counts.overdue()));
        if (counts.overdue() > 0) {
            overdue.addClassName("overdue-count");
        }
        return overdue;
    }

    /** An area on a phone: its number and title, then its counts, overdue first. */
    private RowCard areaCard(AreaRow row) {
        AreaItemCounts counts = row.counts();
        return new RowCard(new RouterLink(row.area().position() + ". " + row.area().title(), AreaView.class,
                row.area().id()))
                .fact(getTranslation("area.items"), String.valueOf(counts.total()))
                .fact(getTranslation("area.overdue"), overdue(counts))
                .fact(getTranslation("actionItem.status.PLANNED"), String.valueOf(counts.planned()))
                .fact(getTranslation("actionItem.status.ONGOING"), String.valueOf(counts.ongoing()))
                .fact(getTranslation("actionItem.status.COMPLETED"), String.valueOf(counts.completed()))
                .fact(getTranslation("area.pausedOrCancelled"),
                        String.valueOf(counts.postponed() + counts.cancelled()));
    }

    /** An agreement has a handful of areas: two grouped queries return them all. */
    private void showAreas(AgreementDetails agreement) {
        Map<Long, AreaItemCounts> counts = actionPlans.countItemsByArea(agreement.id());
        areaGrid.setItems(agreements.findAreas(agreement.id()).stream()
                .map(area -> new AreaRow(area, counts.getOrDefault(area.id(), AreaItemCounts.none(area.id()))))
                .toList());
    }
}
