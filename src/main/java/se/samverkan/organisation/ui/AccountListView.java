package se.samverkan.organisation.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import se.samverkan.base.ui.UiIcon;
import se.samverkan.base.ui.GridCards;
import se.samverkan.base.ui.RowCard;
import se.samverkan.base.ui.RowNavigation;
import se.samverkan.organisation.AccountService;
import se.samverkan.organisation.AccountSummary;

/** Administrators' list of user accounts: search, open one by its row, or make a new one. */
@Route("admin/accounts")
@RolesAllowed(Role.ADMIN_NAME)
@StyleSheet("styles/accounts.css")
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
        grid.addComponentColumn(this::state).setHeader(getTranslation("account.state")).setAutoWidth(true);
        // on a phone each account is a card: username and name, organisation, roles, state
        GridCards.install(grid, 900, getTranslation("accounts.heading"),
                a -> new RowCard(new Span(a.username() + " · " + a.displayName()))
                        .line(new Span(a.organisationName()))
                        .fact(getTranslation("account.roles"), a.roles().stream()
                                .map(role -> getTranslation("role." + role.name())).collect(Collectors.joining(", ")))
                        .fact(getTranslation("account.state"), state(a)));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("accounts.heading"));
        grid.addClassName("fill");
        grid.setItems(query -> accounts.findAccounts(filter.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> accounts.countAccounts(filter.getValue()));
        RowNavigation.install(grid, account -> AccountView.route(account.id()));
        filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        Button create = new Button(getTranslation("accounts.create"), UiIcon.PLUS.create(),
                click -> new AccountCreateDialog(accounts, created -> {
                    TemporaryPasswordDialog.show(this, created, "account.created.heading");
                    getUI().ifPresent(ui -> ui.navigate(AccountView.route(created.accountId())));
                }).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FlexLayout tools = new FlexLayout(filter, create);
        tools.addClassName("list-tools");
        add(new H1(getTranslation("accounts.heading")), tools, grid);
    }

    /** Enabled, disabled or locked: in words, not colour alone. */
    private Span state(AccountSummary account) {
        String key = !account.enabled() ? "account.state.disabled"
                : account.locked() ? "account.state.locked" : "account.state.enabled";
        Span pill = new Span(getTranslation(key));
        pill.addClassNames("status-pill", "account-" + key.substring(key.lastIndexOf('.') + 1));
        return pill;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.heading") + " – " + getTranslation("app.name");
    }
}
