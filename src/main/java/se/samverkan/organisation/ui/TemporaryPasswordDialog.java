package se.samverkan.organisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import se.samverkan.organisation.NewAccount;

/**
 * Shows a temporary password once, to be handed over to its user by a safe way; it is not stored in clear anywhere
 * and the user must choose their own at the next sign-in.
 */
final class TemporaryPasswordDialog {

    private TemporaryPasswordDialog() {
    }

    static void show(Component context, NewAccount account, String headingKey) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(context.getTranslation(headingKey));
        dialog.setModal(true);
        dialog.setCloseOnOutsideClick(false);
        TextField password = new TextField(context.getTranslation("account.temporaryPassword", account.username()));
        password.setValue(account.temporaryPassword());
        password.setReadOnly(true);
        password.addClassName("temporary-password");
        password.setWidthFull();
        dialog.add(new Paragraph(context.getTranslation("account.temporaryPassword.help", account.username())),
                password);
        Button done = new Button(context.getTranslation("account.action.done"), click -> dialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        dialog.setWidth("min(32rem, 100vw)");
        dialog.open();
        password.focus();
    }
}
