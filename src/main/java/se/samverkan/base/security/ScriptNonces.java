package se.samverkan.base.security;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;

/**
 * Puts this response's Content-Security-Policy nonce on the inline scripts and styles of Vaadin's page, so that they
 * run while no other inline script can ({@link SecurityHeaders}). Vaadin calls the page listeners in no set order:
 * a listener that adds an inline script of its own calls {@link #sign} after adding it.
 */
@Component
public class ScriptNonces implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(ScriptNonces::sign);
    }

    /** Puts the response's nonce on every inline script and style of the page (nothing without a nonce). */
    public static void sign(IndexHtmlResponse response) {
        if (response.getVaadinRequest() instanceof VaadinServletRequest request
                && request.getAttribute(SecurityHeaders.NONCE_ATTRIBUTE) instanceof String nonce) {
            response.getDocument().select("script, style").forEach(element -> element.attr("nonce", nonce));
        }
    }
}
