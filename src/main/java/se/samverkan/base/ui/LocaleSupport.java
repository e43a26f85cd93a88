package se.samverkan.base.ui;

import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
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
    }

    private Locale localeFor(VaadinSession session) {
        Object chosen = session == null ? null : session.getAttribute(CHOSEN);
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
