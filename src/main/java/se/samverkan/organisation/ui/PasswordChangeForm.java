package se.samverkan.organisation.ui;

import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;

import se.samverkan.base.ui.ServiceErrors;
import se.samverkan.organisation.AccountService;

/** The current password and a new one, twice; the service checks the rules and the current password again. */
class PasswordChangeForm extends Div {

    PasswordChangeForm(AccountService accounts) {
        PasswordField current = new PasswordField(getTranslation("myAccount.currentPassword"));
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        PasswordField next = new PasswordField(getTranslation("myAccount.newPassword"));
        next.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        next.setHelperText(getTranslation("myAccount.newPassword.help"));
        PasswordField repeat = new PasswordField(getTranslation("myAccount.repeatPassword"));
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);

        Button change = new Button(getTranslation("myAccount.changePassword"), click -> {
            repeat.setInvalid(false);
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("myAccount.repeatMismatch"));
                repeat.setInvalid(true);
                repeat.focus();
                return;
            }
            if (ServiceErrors.attempt(this, Map.of("currentPassword", current, "newPassword", next),
                    () -> accounts.changeMyPassword(current.getValue(), next.getValue()))) {
                current.clear();
                next.clear();
                repeat.clear();
                ServiceErrors.notice(this, getTranslation("myAccount.passwordChanged"),
                        NotificationVariant.LUMO_SUCCESS);
                // the start page, now that nothing holds the user here any more
                UI.getCurrent().navigate("");
            }
        });
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, next, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        add(form, change);
    }
}
