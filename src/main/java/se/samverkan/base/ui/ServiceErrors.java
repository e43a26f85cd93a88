package se.samverkan.base.ui;

import java.util.Map;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import se.samverkan.base.db.ConcurrentChangeException;
import se.samverkan.base.validation.FieldError;
import se.samverkan.base.validation.ValidationException;

/**
 * Shows a service's refusal to the user in their language: each validation error at its field (the first invalid
 * field gets focus), a concurrent change as a notice with a reload button, a refused permission as a notice. Nothing
 * is shown as a stack trace.
 */
public final class ServiceErrors {

    /** The UI's last notice of a refusal, closed by the next successful attempt. */
    private static final String REFUSAL = ServiceErrors.class.getName() + ".refusal";

    private ServiceErrors() {
    }

    /**
     * Runs the action; on a refusal shows it and returns false.
     *
     * @param fields the form's fields by the service's field names (property paths); errors of other fields are shown
     *               as a notice
     */
    public static boolean attempt(Component context, Map<String, ? extends HasValidation> fields, Runnable action) {
        try {
            action.run();
            // what went wrong before no longer holds: a stale "check the marked fields" would mislead
            UI ui = UI.getCurrent();
            if (ui != null && ComponentUtil.getData(ui, REFUSAL) instanceof Notification refusal) {
                refusal.close();
                ComponentUtil.setData(ui, REFUSAL, null);
            }
            return true;
        } catch (ValidationException e) {
            showValidation(context, fields, e);
        } catch (ConcurrentChangeException e) {
            showConcurrentChange(context);
        } catch (AccessDeniedException e) {
            notice(context, context.getTranslation("error.notAllowed"), NotificationVariant.LUMO_ERROR);
        }
        return false;
    }

    public static void showValidation(Component context, Map<String, ? extends HasValidation> fields,
            ValidationException e) {
        fields.values().forEach(field -> field.setInvalid(false));
        StringBuilder elsewhere = new StringBuilder();
        HasValidation first = null;
        for (FieldError error : e.errors()) {
            String text = context.getTranslation(error.messageKey(), error.parameters().toArray());
            HasValidation field = error.field() == null ? null : fields.get(error.field());
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
                if (first == null) {
                    first = field;
                }
            } else {
                elsewhere.append(elsewhere.isEmpty() ? "" : " ").append(text);
            }
        }
        if (first instanceof Focusable<?> focusable) {
            focusable.focus();
        }
        notice(context, elsewhere.isEmpty() ? context.getTranslation("validation.failed") : elsewhere.toString(),
                NotificationVariant.LUMO_ERROR);
    }

    public static void showConcurrentChange(Component context) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        Button reload = new Button(context.getTranslation("error.reload"),
                click -> UI.getCurrent().getPage().reload());
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout content = new HorizontalLayout(new Span(context.getTranslation("error.concurrentChange")),
                reload);
        content.setAlignItems(HorizontalLayout.Alignment.CENTER);
        notification.add(content);
        notification.setDuration(0);
        notification.setPosition(Notification.Position.MIDDLE);
        notification.open();
        reload.focus();
    }

    public static void notice(Component context, String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 6000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
        UI ui = UI.getCurrent();
        if (variant == NotificationVariant.LUMO_ERROR && ui != null) {
            ComponentUtil.setData(ui, REFUSAL, notification);
        }
        // announced by screen readers: Vaadin's notification card is a live region
    }
}
