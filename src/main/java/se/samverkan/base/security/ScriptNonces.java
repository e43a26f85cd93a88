package se.samverkan.base.security;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;

/**
 * Puts this response's Content-Security-Policy nonce on the inline scripts and styles of Vaadin's page, so that they
 * run while no other inline script can ({@link SecurityHeaders}).
 */
@Component
class ScriptNonces implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            if (response.getVaadinRequest() instanceof VaadinServletRequest request
                    && request.getAttribute(SecurityHeaders.NONCE_ATTRIBUTE) instanceof String nonce) {
                response.getDocument().select("script, style").forEach(element -> element.attr("nonce", nonce));
            }
        });
    }
}
