package se.samverkan.organisation.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import se.samverkan.base.security.Role;
import se.samverkan.base.ui.RowNavigation;
import se.samverkan.organisation.OrganisationRef;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.base.ui.UiIcon;

/**
 * The organisations of both agencies as the hierarchy they form, for administrators. A few dozen rows that change
 * rarely: the tree is read whole and shown expanded; a row opens the organisation's form.
 */
@Route(OrganisationTreeView.ROUTE)
@RolesAllowed(Role.ADMIN_NAME)
@StyleSheet("styles/editing.css")
public class OrganisationTreeView extends Main implements HasDynamicTitle {

    static final String ROUTE = "admin/organisations";

    public OrganisationTreeView(OrganisationService organisations) {
        addClassNames("page", "list-page");
        Button create = new Button(getTranslation("organisations.new"), UiIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(OrganisationEditView.NEW)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout header = new FlexLayout(new H1(getTranslation("organisations.heading")), create);
        header.addClassName("page-header");

        TreeGrid<OrganisationRef> grid = new TreeGrid<>();
        grid.addHierarchyColumn(OrganisationRef::name).setHeader(getTranslation("organisation.name"))
                .setWidth("18rem").setFlexGrow(3).setSortable(false);
        Grid.Column<OrganisationRef> shortName = grid.addColumn(o -> o.shortName() == null ? "–" : o.shortName())
                .setHeader(getTranslation("organisation.shortName")).setWidth("9rem").setFlexGrow(1);
        Grid.Column<OrganisationRef> kind = grid.addColumn(o -> getTranslation("organisation.kind." + o.kind()))
                .setHeader(getTranslation("organisation.kind")).setWidth("10rem").setFlexGrow(1);
        Grid.Column<OrganisationRef> agency = grid.addColumn(o -> getTranslation("agency." + o.agency()))
                .setHeader(getTranslation("organisation.agency")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("organisations.heading"));
        grid.addClassNames("fill", "organisation-tree");

        List<OrganisationRef> roots = tree(organisations.findOrganisations(), grid);
        grid.expandRecursively(roots, Integer.MAX_VALUE);
        RowNavigation.install(grid, o -> ROUTE + "/" + o.id());
        // on a phone the tree of names is what matters
        NarrowScreens.install(grid, List.of(shortName, kind, agency), null);

        add(header, grid);
    }

    /** Fills the grid's tree: city first, then police, then others; by name within a parent. Returns the roots. */
    private static List<OrganisationRef> tree(List<OrganisationRef> all, TreeGrid<OrganisationRef> grid) {
        Map<Long, List<OrganisationRef>> children = new HashMap<>();
        List<OrganisationRef> roots = new ArrayList<>();
        Map<Long, OrganisationRef> byId = new HashMap<>();
        all.forEach(o -> byId.put(o.id(), o));
        for (OrganisationRef o : all) {
            if (o.parentId() == null || !byId.containsKey(o.parentId())) {
                roots.add(o);
            } else {
                children.computeIfAbsent(o.parentId(), id -> new ArrayList<>()).add(o);
            }
        }
        Comparator<OrganisationRef> order = Comparator.comparingInt((OrganisationRef o) -> agencyOrder(o.agency()))
                .thenComparing(OrganisationRef::name, String.CASE_INSENSITIVE_ORDER);
        TreeData<OrganisationRef> data = new TreeData<>();
        roots.sort(order);
        data.addItems(null, roots);
        List<OrganisationRef> level = new ArrayList<>(roots);
        while (!level.isEmpty()) {
            List<OrganisationRef> next = new ArrayList<>();
            for (OrganisationRef parent : level) {
                List<OrganisationRef> kids = children.get(parent.id());
                if (kids == null) {
                    continue;
                }
                kids.sort(order);
                data.addItems(parent, kids);
                next.addAll(kids);
            }
            level = next;
        }
        grid.setTreeData(data);
        return roots;
    }

    private static int agencyOrder(String agency) {
        return switch (agency) {
            case "CITY" -> 0;
            case "POLICE" -> 1;
            default -> 2;
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisations.heading") + " – " + getTranslation("app.name");
    }
}
