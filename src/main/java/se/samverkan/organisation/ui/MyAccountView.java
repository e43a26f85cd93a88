package se.samverkan.organisation.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.samverkan.audit.SignInEvent;
import se.samverkan.base.ui.GridCards;
import se.samverkan.base.ui.RowCard;
import se.samverkan.base.security.CurrentUser;
import se.samverkan.base.security.SignedInUser;
import se.samverkan.base.ui.DetailList;
import se.samverkan.organisation.AccountService;

/**
 * The signed-in user's own account: who they are signed in as, a new password (required first when an administrator
 * reset it), and their recent sign-ins with the client address, so that they notice sign-ins that were not theirs.
 */
@Route(MyAccountView.ROUTE)
@PermitAll
@StyleSheet("styles/accounts.css")
public class MyAccountView extends Main implements HasDynamicTitle {

    /** The page's address (a constant, so that references to it do not reach the class). */
    public static final String ROUTE = "account";

    static final int SIGN_INS = 10;

    public MyAccountView(AccountService accounts, CurrentUser currentUser) {
        addClassName("page");
        SignedInUser user = currentUser.require();
        add(new H1(getTranslation("myAccount.heading")));
        if (accounts.mustChangeMyPassword()) {
            Paragraph mustChange = new Paragraph(getTranslation("myAccount.mustChange"));
            mustChange.addClassName("must-change-notice");
            mustChange.getElement().setAttribute("role", "status");
            add(mustChange);
        }
        add(new DetailList()
                .add(getTranslation("account.username"), user.username())
                .add(getTranslation("account.name"), user.displayName())
                .add(getTranslation("account.organisation"), user.organisationName())
                .add(getTranslation("account.roles"), user.roles().stream()
                        .map(role -> getTranslation("role." + role.name())).sorted().collect(Collectors.joining(", "))));
        add(new H2(getTranslation("myAccount.password")), new PasswordChangeForm(accounts));
        add(new H2(getTranslation("myAccount.signIns")), signIns(accounts));
    }

    private Grid<SignInEvent> signIns(AccountService accounts) {
        Grid<SignInEvent> grid = new Grid<>();
        grid.addColumn(event -> AccountView.time(event.occurredAt())).setHeader(getTranslation("account.history.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(event -> getTranslation("audit.action." + event.action().name()))
                .setHeader(getTranslation("account.history.what")).setAutoWidth(true);
        grid.addColumn(event -> event.clientAddress() == null ? "–" : event.clientAddress())
                .setHeader(getTranslation("myAccount.address")).setFlexGrow(1);
        // on a phone each event is a card: time, what happened, from which address
        GridCards.install(grid, 460, getTranslation("myAccount.signIns"),
                event -> new RowCard(new Span(AccountView.time(event.occurredAt())))
                        .line(new Span(getTranslation("audit.action." + event.action().name())))
                        .fact(getTranslation("myAccount.address"),
                                event.clientAddress() == null ? "–" : event.clientAddress()));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("myAccount.signIns"));
        grid.setAllRowsVisible(true);
        grid.setItems(accounts.mySignIns(SIGN_INS));
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myAccount.heading") + " – " + getTranslation("app.name");
    }
}
