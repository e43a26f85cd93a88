package se.samverkan.base.security;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every response, set before anything else writes (Vaadin writes its pages past Spring
 * Security's lazily written headers). The Content-Security-Policy is the strictest that Vaadin 25 in production mode
 * works with; each relaxation and why:
 * <ul>
 * <li>{@code script-src 'nonce-…'}: Vaadin's page has inline bootstrap scripts; each response gets a fresh nonce that
 * {@link ScriptNonces} puts on those scripts, so no other inline script runs ({@code 'unsafe-inline'} is not
 * allowed).</li>
 * <li>{@code script-src 'unsafe-eval'}: Vaadin's client runs the server's {@code executeJs} calls (and its own element
 * updates) through {@code new Function(…)}; without it no page works.</li>
 * <li>{@code style-src 'unsafe-inline'}: Vaadin's client and its web components add {@code <style>} elements and
 * {@code style} attributes at run time (the loading indicator, overlays, positions), which cannot carry a nonce.</li>
 * <li>{@code img-src data:}: Lumo draws some icons and the checkbox marks as data-URL images.</li>
 * </ul>
 * Everything else is {@code 'self'} or nothing: no plugins, no framing, forms post only here. HSTS is sent over HTTPS
 * (also behind a proxy that says so in X-Forwarded-Proto).
 */
class SecurityHeaders extends OncePerRequestFilter {

    static final String NONCE_ATTRIBUTE = SecurityHeaders.class.getName() + ".nonce";

    static final String POLICY = "default-src 'self'; "
            + "script-src 'self' 'nonce-%s' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "worker-src 'self'; "
            + "manifest-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'";

    static final String PERMISSIONS = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
            + "microphone=(), payment=(), usb=()";

    private final SecureRandom random = new SecureRandom();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        response.setHeader("Content-Security-Policy", POLICY.formatted(nonce));
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        // error pages get the headers too
        return false;
    }
}
