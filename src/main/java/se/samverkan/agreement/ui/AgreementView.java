package se.samverkan.agreement.ui;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.actionplan.AreaItemCounts;
import se.samverkan.agreement.AgreementDetails;
import se.samverkan.agreement.AgreementRef;
import se.samverkan.agreement.AgreementKind;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.AreaLinkService;
import se.samverkan.agreement.AreaOverview;
import se.samverkan.base.ui.DetailList;
import se.samverkan.base.ui.DetailView;
import se.samverkan.base.ui.Formats;

/** One agreement: its facts, its parties, its prioritized areas with their action items counted by status. */
@Route("agreements")
@PermitAll
public class AgreementView extends DetailView<AgreementDetails> {

    private final AgreementService agreements;
    private final ActionPlanService actionPlans;
    private final AreaLinkService areaLinks;

    public AgreementView(AgreementService agreements, ActionPlanService actionPlans, AreaLinkService areaLinks) {
        this.agreements = agreements;
        this.actionPlans = actionPlans;
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
        add(new H1(agreement.title()));
        if (agreement.summary() != null) {
            add(new Paragraph(agreement.summary()));
        }
        add(facts(agreement));
        add(new H2(getTranslation("areas.heading")));
        add(areas(agreement));
        if (agreement.kind() != AgreementKind.CITY_WIDE) {
            add(new AreaLinksPanel(areaLinks, agreement.id()));
        }
        if (!agreement.children().isEmpty()) {
            add(new H2(getTranslation("agreement.children")));
            UnorderedList children = new UnorderedList();
            for (AgreementRef child : agreement.children()) {
                children.add(new ListItem(new RouterLink(child.title(), AgreementView.class, child.id()),
                        new Span(" (" + getTranslation("agreement.kind." + child.kind().name()) + ")")));
            }
            add(children);
        }
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

    /** An area with its items counted by the action plan feature, which owns the rule of what "overdue" means. */
    private record AreaRow(AreaOverview area, AreaItemCounts counts) {
    }

    private Grid<AreaRow> areas(AgreementDetails agreement) {
        Map<Long, AreaItemCounts> counts = actionPlans.countItemsByArea(agreement.id());
        Grid<AreaRow> grid = new Grid<>();
        grid.addColumn(row -> row.area().position()).setHeader(getTranslation("area.position")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(row -> new RouterLink(row.area().title(), AreaView.class, row.area().id()))
                .setHeader(getTranslation("area.title")).setWidth("20rem").setFlexGrow(1);
        grid.addColumn(row -> row.counts().total()).setHeader(getTranslation("area.items")).setAutoWidth(true);
        grid.addColumn(row -> row.counts().planned()).setHeader(getTranslation("actionItem.status.PLANNED"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.counts().ongoing()).setHeader(getTranslation("actionItem.status.ONGOING"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.counts().completed()).setHeader(getTranslation("actionItem.status.COMPLETED"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.counts().postponed() + row.counts().cancelled())
                .setHeader(getTranslation("area.pausedOrCancelled")).setAutoWidth(true);
        grid.addComponentColumn(row -> {
            Span overdue = new Span(String.valueOf(row.counts().overdue()));
            if (row.counts().overdue() > 0) {
                overdue.addClassName("overdue-count");
            }
            return overdue;
        }).setHeader(getTranslation("area.overdue")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("areas.heading"));
        grid.setAllRowsVisible(true);
        // an agreement has a handful of areas: two grouped queries return them all
        grid.setItems(agreements.findAreas(agreement.id()).stream()
                .map(area -> new AreaRow(area, counts.getOrDefault(area.id(), AreaItemCounts.none(area.id()))))
                .toList());
        grid.addClassName("areas-grid");
        return grid;
    }
}
