package se.samverkan.organisation.ui;

import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;

import se.samverkan.base.security.Role;
import se.samverkan.base.ui.ServiceErrors;
import se.samverkan.organisation.AccountDraft;
import se.samverkan.organisation.AccountService;
import se.samverkan.organisation.NewAccount;
import se.samverkan.organisation.PersonRef;

/**
 * A new account for a person who has none yet: username, roles and language. The account gets a temporary password,
 * which the next dialog shows once.
 */
class AccountCreateDialog extends Dialog {

    private final AccountService accounts;
    private final Consumer<NewAccount> created;
    private final ComboBox<PersonRef> person = new ComboBox<>();
    private final TextField username = new TextField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final RadioButtonGroup<String> language = new RadioButtonGroup<>();
    private final BeanValidationBinder<AccountDraft> binder = new BeanValidationBinder<>(AccountDraft.class);

    AccountCreateDialog(AccountService accounts, Consumer<NewAccount> created) {
        this.accounts = accounts;
        this.created = created;
        setHeaderTitle(getTranslation("account.create.heading"));
        setModal(true);
        setCloseOnOutsideClick(false);

        person.setLabel(getTranslation("account.person"));
        person.setHelperText(getTranslation("account.person.help"));
        person.setItems(query -> accounts.findPeopleWithoutAccount(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream(), query -> accounts.countPeopleWithoutAccount(query.getFilter().orElse("")));
        person.setItemLabelGenerator(p -> p.displayName() + " – " + p.organisationName());
        person.setRequiredIndicatorVisible(true);
        person.addValueChangeListener(change -> suggestUsername(change.getValue()));

        username.setLabel(getTranslation("account.username"));
        username.setHelperText(getTranslation("account.username.help"));
        username.setMaxLength(60);
        roles.setLabel(getTranslation("account.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        language.setLabel(getTranslation("account.language"));
        language.setItems("sv", "en");
        language.setItemLabelGenerator(code -> getTranslation("account.language." + code));

        binder.forField(username).asRequired(getTranslation("jakarta.validation.constraints.NotBlank.message"))
                .bind("username");
        binder.forField(roles).bind("roles");
        binder.forField(language).bind("language");
        binder.setBean(new AccountDraft());
        // Vaadin marks a required checkbox group with aria-required, which role=group does not allow (axe:
        // aria-allowed-attr); the rule is in the helper text and the service's message instead
        roles.setRequiredIndicatorVisible(false);
        roles.setHelperText(getTranslation("account.roles.choose"));

        FormLayout form = new FormLayout(person, username, roles, language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Button create = new Button(getTranslation("account.create.submit"), click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("account.action.cancel"), click -> close());
        getFooter().add(cancel, create);
        setWidth("min(36rem, 100vw)");
    }

    /** The local part of the person's e-mail address, as far as the username rule allows. */
    private void suggestUsername(PersonRef chosen) {
        if (chosen == null || chosen.email() == null || !username.isEmpty()) {
            return;
        }
        String local = chosen.email().substring(0, Math.max(0, chosen.email().indexOf('@')))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "");
        username.setValue(local.length() > 60 ? local.substring(0, 60) : local);
    }

    private void create() {
        AccountDraft draft = binder.getBean();
        draft.setPersonId(person.getValue() == null ? null : person.getValue().id());
        binder.validate();
        Map<String, HasValidation> fields = Map.of("personId", person, "username", username, "roles", roles,
                "language", language);
        NewAccount[] result = new NewAccount[1];
        if (ServiceErrors.attempt(this, fields, () -> result[0] = accounts.createAccount(draft))) {
            close();
            created.accept(result[0]);
        }
    }
}
