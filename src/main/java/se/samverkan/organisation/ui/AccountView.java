package se.samverkan.organisation.ui;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import se.samverkan.audit.AuditService;
import se.samverkan.base.security.Role;
import se.samverkan.base.ui.DetailList;
import se.samverkan.base.ui.DetailView;
import se.samverkan.base.ui.ServiceErrors;
import se.samverkan.organisation.AccountDetails;
import se.samverkan.organisation.AccountService;

/**
 * One account, for administrators: who it belongs to and its state, its roles and language, and what an
 * administrator does to it (disable or enable, reset the password, unlock), with its history.
 */
@Route("admin/accounts")
@RolesAllowed(Role.ADMIN_NAME)
@StyleSheet("styles/accounts.css")
public class AccountView extends DetailView<AccountDetails> {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AccountService accounts;
    private final AuditService audit;

    public AccountView(AccountService accounts, AuditService audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    static String route(long accountId) {
        return "admin/accounts/" + accountId;
    }

    static String time(LocalDateTime time) {
        return time == null ? null : TIME.format(time);
    }

    @Override
    protected Optional<AccountDetails> load(long id) {
        return accounts.findAccount(id);
    }

    @Override
    protected String notFoundKey() {
        return "account.notFound";
    }

    @Override
    protected String title(AccountDetails account) {
        return account.displayName() + " (" + account.username() + ")";
    }

    @Override
    protected void render(AccountDetails account) {
        Anchor back = new Anchor("admin/accounts", getTranslation("accounts.back"));
        back.getElement().setAttribute("router-link", true);
        add(back, new H1(title(account)), facts(account), actions(account));
        add(new H2(getTranslation("account.rolesHeading")),
                new AccountRolesForm(accounts, account, () -> reload(account.id())));
        add(new H2(getTranslation("account.history")), new AccountHistory(audit, account.id()));
    }

    private DetailList facts(AccountDetails account) {
        return new DetailList()
                .add(getTranslation("account.username"), account.username())
                .add(getTranslation("account.name"), account.displayName())
                .add(getTranslation("account.email"), account.email())
                .add(getTranslation("account.organisation"), account.organisationName())
                .add(getTranslation("account.roles"), account.roles().stream()
                        .map(role -> getTranslation("role." + role.name())).collect(Collectors.joining(", ")))
                .add(getTranslation("account.state"), getTranslation(account.enabled()
                        ? "account.state.enabled" : "account.state.disabled"))
                .add(getTranslation("account.lockedUntil"), account.locked() ? time(account.lockedUntil())
                        : getTranslation("account.notLocked"))
                .add(getTranslation("account.mustChangePassword"),
                        getTranslation(account.mustChangePassword() ? "yesNo.YES" : "yesNo.NO"))
                .add(getTranslation("account.lastSignIn"), time(account.lastSignInAt()))
                .add(getTranslation("account.passwordChanged"), time(account.passwordChangedAt()))
                .add(getTranslation("account.sso"), getTranslation(account.ssoLinked() ? "yesNo.YES" : "yesNo.NO"));
    }

    private FlexLayout actions(AccountDetails account) {
        Button enable = new Button(getTranslation(account.enabled() ? "account.disable" : "account.enable"),
                click -> confirm(account.enabled() ? "account.disable.confirm" : "account.enable.confirm", account,
                        () -> accounts.setEnabled(account.id(), account.version(), !account.enabled()),
                        account.enabled() ? "account.disabled" : "account.enabled.done"));
        if (account.enabled()) {
            enable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Button reset = new Button(getTranslation("account.resetPassword"), click -> {
            ConfirmDialog dialog = confirmDialog("account.resetPassword.confirm", account);
            dialog.addConfirmListener(confirmed -> ServiceErrors.attempt(this, Map.of(), () -> {
                TemporaryPasswordDialog.show(this, accounts.resetPassword(account.id(), account.version()),
                        "account.resetPassword.heading");
                reload(account.id());
            }));
            dialog.open();
        });
        FlexLayout actions = new FlexLayout(enable, reset);
        if (account.locked()) {
            actions.add(new Button(getTranslation("account.unlock"), click -> {
                if (ServiceErrors.attempt(this, Map.of(), () -> accounts.unlock(account.id()))) {
                    ServiceErrors.notice(this, getTranslation("account.unlocked"), NotificationVariant.LUMO_SUCCESS);
                    reload(account.id());
                }
            }));
        }
        actions.addClassName("account-actions");
        return actions;
    }

    private void confirm(String textKey, AccountDetails account, Runnable action, String doneKey) {
        ConfirmDialog dialog = confirmDialog(textKey, account);
        dialog.addConfirmListener(confirmed -> {
            if (ServiceErrors.attempt(this, Map.of(), action)) {
                ServiceErrors.notice(this, getTranslation(doneKey, account.username()),
                        NotificationVariant.LUMO_SUCCESS);
                reload(account.id());
            }
        });
        dialog.open();
    }

    private ConfirmDialog confirmDialog(String textKey, AccountDetails account) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation(textKey + ".heading", account.username()));
        dialog.setText(getTranslation(textKey, account.displayName(), account.username()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("account.action.cancel"));
        dialog.setConfirmText(getTranslation(textKey + ".button"));
        return dialog;
    }

    /** Shows the account as it is now, after a change. */
    private void reload(long id) {
        accounts.findAccount(id).ifPresent(now -> {
            removeAll();
            render(now);
        });
    }
}
