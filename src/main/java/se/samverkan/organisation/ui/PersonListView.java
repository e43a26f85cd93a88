package se.samverkan.organisation.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import se.samverkan.base.security.Role;
import se.samverkan.base.ui.RowNavigation;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.organisation.PersonRef;
import se.samverkan.base.ui.UiIcon;

/** Everyone in the organisations, active or not, searched and loaded page by page; a row opens the person. */
@Route(PersonListView.ROUTE)
@RolesAllowed(Role.ADMIN_NAME)
@StyleSheet("styles/editing.css")
public class PersonListView extends Main implements HasDynamicTitle {

    static final String ROUTE = "admin/people";

    public PersonListView(OrganisationService organisations) {
        addClassNames("page", "list-page");
        Button create = new Button(getTranslation("people.new"), UiIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(PersonEditView.NEW)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout header = new FlexLayout(new H1(getTranslation("people.heading")), create);
        header.addClassName("page-header");

        TextField filter = new TextField(getTranslation("people.filter"));
        filter.setPrefixComponent(UiIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addClassName("search-field");

        Grid<PersonRef> grid = new Grid<>();
        Grid.Column<PersonRef> name = grid.addColumn(PersonRef::displayName)
                .setHeader(getTranslation("person.displayName")).setWidth("10rem").setFlexGrow(1);
        Grid.Column<PersonRef> email = grid.addColumn(PersonRef::email).setHeader(getTranslation("person.email"))
                .setWidth("17rem").setFlexGrow(1);
        Grid.Column<PersonRef> title = grid.addColumn(p -> p.title() == null ? "–" : p.title())
                .setHeader(getTranslation("person.title")).setWidth("9rem").setFlexGrow(1);
        Grid.Column<PersonRef> organisation = grid.addColumn(PersonRef::organisationName)
                .setHeader(getTranslation("person.organisation")).setWidth("13rem").setFlexGrow(1);
        Grid.Column<PersonRef> active = grid.addColumn(this::activeText)
                .setHeader(getTranslation("person.active")).setAutoWidth(true).setFlexGrow(0);
        Grid.Column<PersonRef> compact = grid.addComponentColumn(this::card)
                .setHeader(getTranslation("people.heading"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("people.heading"));
        grid.addClassNames("fill", "people-grid");
        grid.setItems(query -> organisations.findPeople(filter.getValue(), null, false, query.getOffset(),
                query.getLimit()).stream(), query -> organisations.countPeople(filter.getValue(), null, false));
        grid.setEmptyStateText(getTranslation("people.empty"));
        filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        RowNavigation.install(grid, p -> ROUTE + "/" + p.id());
        NarrowScreens.install(grid, List.of(name, email, title, organisation, active), compact);

        add(header, filter, grid);
    }

    private String activeText(PersonRef person) {
        return getTranslation(person.active() ? "yesNo.YES" : "yesNo.NO");
    }

    /** One row on a phone: name, then title and organisation, then e-mail. */
    private Div card(PersonRef person) {
        Span name = new Span(person.displayName());
        name.addClassName("card-title");
        Div card = new Div(name);
        if (!person.active()) {
            card.add(new Span(" (" + getTranslation("person.inactive") + ")"));
        }
        card.add(new Div(person.title() == null ? person.organisationName()
                : person.title() + ", " + person.organisationName()), new Div(person.email()));
        card.addClassName("row-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.heading") + " – " + getTranslation("app.name");
    }
}
