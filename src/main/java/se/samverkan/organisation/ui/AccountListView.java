package se.samverkan.organisation.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import se.samverkan.base.security.Role;
import se.samverkan.base.ui.UiIcon;
import se.samverkan.organisation.AccountService;
import se.samverkan.organisation.AccountSummary;

/** Administrators' list of user accounts. */
@Route("admin/accounts")
@RolesAllowed(Role.ADMIN_NAME)
public class AccountListView extends Main implements HasDynamicTitle {

    public AccountListView(AccountService accounts) {
        addClassNames("page", "list-page");
        TextField filter = new TextField(getTranslation("accounts.filter"));
        filter.setPrefixComponent(UiIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);

        Grid<AccountSummary> grid = new Grid<>();
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("account.username")).setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("account.name")).setWidth("10rem")
                .setFlexGrow(1);
        grid.addColumn(AccountSummary::email).setHeader(getTranslation("account.email")).setWidth("15rem")
                .setFlexGrow(1);
        grid.addColumn(AccountSummary::organisationName).setHeader(getTranslation("account.organisation"))
                .setWidth("16rem").setFlexGrow(2);
        grid.addColumn(a -> a.roles().stream().map(role -> getTranslation("role." + role.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("account.roles")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.enabled() ? "account.enabled.yes" : "account.enabled.no"))
                .setHeader(getTranslation("account.enabled")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("accounts.heading"));
        grid.addClassName("fill");
        grid.setItems(query -> accounts.findAccounts(filter.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> accounts.countAccounts(filter.getValue()));
        filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        add(new H1(getTranslation("accounts.heading")), filter, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.heading") + " – " + getTranslation("app.name");
    }
}
