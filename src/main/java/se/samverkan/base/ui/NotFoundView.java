package se.samverkan.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;

import jakarta.annotation.security.PermitAll;

/**
 * "Not found" in the user's language, for unknown addresses, ids that do not exist and pages the user may not
 * open (Vaadin answers those as not found, so as not to reveal them), inside the app's layout, with HTTP 404 either
 * way. Only signed-in users get here: anonymous requests for any address not open to them go to the sign-in page.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    public NotFoundView() {
        addClassName("page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new H1(getTranslation("error.notFound.heading")));
        if (parameter.hasCustomMessage() && isOurText(parameter.getCustomMessage())) {
            add(new Paragraph(parameter.getCustomMessage()));
        }
        Anchor home = new Anchor("", getTranslation("error.back"));
        home.getElement().setAttribute("router-link", true);
        add(home);
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    /**
     * Our own "… does not exist" texts, translated; never Vaadin's English route messages, which would also tell an
     * unknown address from a forbidden one.
     */
    private boolean isOurText(String message) {
        var texts = TranslationProvider.bundle(getLocale());
        return texts.keySet().stream().anyMatch(key -> message.equals(texts.getString(key)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.notFound.heading") + " – " + getTranslation("app.name");
    }
}
