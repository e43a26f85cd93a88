package se.samverkan.followup.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;

import se.samverkan.base.ui.DetailList;
import se.samverkan.base.ui.Formats;
import se.samverkan.base.ui.ServiceErrors;
import se.samverkan.followup.MailStatus;
import se.samverkan.followup.OutboxMailContent;
import se.samverkan.followup.OutboxService;

/**
 * One mail of the outbox as it was rendered: headers, the reminders it carries, the plain text, and the HTML shown in
 * a sandboxed frame (no scripts, no access to the application). A failed mail can be sent again.
 */
class MailDialog extends Dialog {

    MailDialog(OutboxMailContent content, OutboxService outbox, Runnable changed) {
        setHeaderTitle(content.mail().subject());
        setWidth("min(56rem, 95vw)");
        var mail = content.mail();
        add(new DetailList()
                .add(getTranslation("outbox.recipient"), mail.recipient())
                .add(getTranslation("outbox.status"), Formats.status(this, "outbox.status", mail.status()))
                .add(getTranslation("outbox.attempts"), String.valueOf(mail.attempts()))
                .add(getTranslation("outbox.lastError"), mail.lastError())
                .add(getTranslation("outbox.kind"), getTranslation("reminders.mode." + mail.kind().name()))
                .add(getTranslation("outbox.language"), mail.language())
                .add(getTranslation("outbox.messageId"), content.messageId()));
        add(new H3(getTranslation("outbox.reminders")));
        UnorderedList carried = new UnorderedList();
        content.reminders().forEach(r -> carried.add(new ListItem(getTranslation("outbox.carried",
                r.followUpTitle(), Formats.date(r.followUpDate()),
                getTranslation("reminder.kind." + r.kind().name()), Formats.date(r.dueOn())))));
        add(carried);

        Pre text = new Pre(content.text());
        text.addClassName("mail-text");
        // a scrolling region: reachable with the keyboard, named for screen readers
        text.getElement().setAttribute("tabindex", "0");
        text.getElement().setAttribute("role", "region");
        text.getElement().setAttribute("aria-label", getTranslation("outbox.text"));
        IFrame html = new IFrame();
        html.setSrcdoc(content.html());
        // an empty sandbox: the mail's HTML runs nothing and reaches nothing
        html.getElement().setAttribute("sandbox", "");
        html.getElement().setAttribute("title", getTranslation("outbox.html"));
        html.addClassName("mail-html");
        add(new H3(getTranslation("outbox.html")), html, new H3(getTranslation("outbox.text")), text);

        if (mail.status() == MailStatus.FAILED) {
            Button resend = new Button(getTranslation("outbox.resend"), click -> {
                if (ServiceErrors.attempt(this, Map.of(), () -> outbox.resend(mail.id(), mail.version()))) {
                    close();
                    changed.run();
                }
            });
            resend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(resend);
        }
        getFooter().add(new Button(getTranslation("form.close"), click -> close()));
    }
}
