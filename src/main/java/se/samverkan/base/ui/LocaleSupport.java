package se.samverkan.base.ui;

import java.util.Locale;
import java.util.ResourceBundle;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import se.samverkan.base.security.CurrentUser;

/**
 * Swedish first: every UI starts in Swedish unless the user chose English, in this session or in their saved
 * preference. Keeps the page's {@code lang} attribute in step, as WCAG asks.
 */
@Component
public class LocaleSupport implements VaadinServiceInitListener {

    private static final String CHOSEN = LocaleSupport.class.getName() + ".chosen";

    private final CurrentUser currentUser;

    LocaleSupport(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI(), localeFor(VaadinSession.getCurrent())));
        // not the browser's language (Vaadin's default): Swedish unless this session chose English. A request without
        // a session (cookies turned off, or an expired session) gets Swedish
        event.getSource().setSystemMessagesProvider(info -> systemMessages(localeFor(VaadinSession.getCurrent())));
    }

    /**
     * Vaadin's own notices in the user's language. An expired session reloads the page by default, which
     * leads to the (translated) login page; the texts are there should that notice be switched on.
     */
    static CustomizedSystemMessages systemMessages(Locale locale) {
        ResourceBundle texts = TranslationProvider.bundle(locale);
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        // the idle timeout ends sessions even with a tab open (vaadin.closeIdleSessions): say so, then sign in again
        messages.setSessionExpiredNotificationEnabled(true);
        messages.setSessionExpiredCaption(texts.getString("system.sessionExpired.caption"));
        messages.setSessionExpiredMessage(texts.getString("system.sessionExpired.message"));
        messages.setInternalErrorCaption(texts.getString("system.internalError.caption"));
        messages.setInternalErrorMessage(texts.getString("system.internalError.message"));
        messages.setCookiesDisabledCaption(texts.getString("system.cookiesDisabled.caption"));
        messages.setCookiesDisabledMessage(texts.getString("system.cookiesDisabled.message"));
        messages.setSyncErrorCaption(texts.getString("system.syncError.caption"));
        messages.setSyncErrorMessage(texts.getString("system.syncError.message"));
        return messages;
    }

    /** The language of this session's pages: chosen in the session, else saved by the signed-in user, else Swedish. */
    Locale localeFor(VaadinSession session) {
        Object chosen = null;
        if (session != null) {
            session.lock(); // reentrant: callers may hold it already
            try {
                chosen = session.getAttribute(CHOSEN);
            } finally {
                session.unlock();
            }
        }
        if (chosen instanceof Locale locale) {
            return locale;
        }
        return currentUser.get().map(user -> TranslationProvider.supported(Locale.of(user.preferredLanguage())))
                .orElse(TranslationProvider.SWEDISH);
    }

    /** Switches this session to the given language and reloads the page so that every text follows. */
    public static void choose(Locale locale) {
        Locale supported = TranslationProvider.supported(locale);
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(CHOSEN, supported);
        session.setLocale(supported);
        UI ui = UI.getCurrent();
        ui.setLocale(supported);
        ui.getPage().reload();
    }

    private static void apply(UI ui, Locale locale) {
        ui.setLocale(locale);
        if (ui.getSession() != null) {
            ui.getSession().setLocale(locale);
        }
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
    }

}
