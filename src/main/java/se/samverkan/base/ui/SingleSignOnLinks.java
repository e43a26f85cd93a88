package se.samverkan.base.ui;

import java.util.Set;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * "Logga in med …" for each configured OpenID Connect provider, beside the local sign-in form, and why a single
 * sign-on was refused when the provider sent the user back. Nothing at all when no provider is configured.
 */
@StyleSheet("styles/sso.css")
class SingleSignOnLinks extends Div {

    private static final Set<String> REASONS = Set.of("unknown", "unverified", "disabled", "noRole", "failed");

    private final Paragraph refusal = new Paragraph();

    SingleSignOnLinks(ClientRegistrationRepository registrations) {
        addClassName("sso-links");
        refusal.addClassName("sso-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        add(refusal);
        if (registrations instanceof Iterable<?> all) {
            for (Object registration : all) {
                if (registration instanceof ClientRegistration provider) {
                    Anchor link = new Anchor("oauth2/authorization/" + provider.getRegistrationId(),
                            getTranslation("login.sso", provider.getClientName()));
                    // a server address, not a view: the browser follows it
                    link.getElement().setAttribute("router-ignore", true);
                    link.addClassName("sso-link");
                    add(link);
                }
            }
        }
        setVisible(getChildren().count() > 1);
    }

    void showRefusal(String reason) {
        if (reason != null && REASONS.contains(reason)) {
            refusal.setText(getTranslation("login.sso.refused." + reason));
            refusal.setVisible(true);
            setVisible(true);
        }
    }
}
