package se.samverkan.organisation.ui;

import java.util.EnumSet;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import se.samverkan.base.security.Role;
import se.samverkan.base.ui.ServiceErrors;
import se.samverkan.organisation.AccountDetails;
import se.samverkan.organisation.AccountService;

/** An account's roles and language; new roles end the account's open sessions, so they take effect at once. */
class AccountRolesForm extends Div {

    AccountRolesForm(AccountService accounts, AccountDetails account, Runnable saved) {
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("account.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        roles.setValue(account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles()));
        roles.setHelperText(getTranslation("account.roles.help"));
        RadioButtonGroup<String> language = new RadioButtonGroup<>(getTranslation("account.language"));
        language.setItems("sv", "en");
        language.setItemLabelGenerator(code -> getTranslation("account.language." + code));
        language.setValue(account.preferredLanguage());

        Button save = new Button(getTranslation("account.action.save"), click -> {
            if (ServiceErrors.attempt(this, Map.of("roles", roles, "language", language),
                    () -> accounts.updateAccount(account.id(), account.version(), roles.getValue(),
                            language.getValue()))) {
                ServiceErrors.notice(this, getTranslation("account.saved"), NotificationVariant.LUMO_SUCCESS);
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(roles, language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(form, save);
        addClassName("account-roles-form");
    }
}
