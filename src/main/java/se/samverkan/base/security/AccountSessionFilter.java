package se.samverkan.base.security;

import java.io.IOException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Checks at every request of a signed-in session that its account is still as it was at sign-in: enabled, and with
 * the same security stamp (an administrator's change of roles or reset of the password moves it on). When not, the
 * session ends there and then and the browser goes to the sign-in page: a page load is redirected, and Vaadin's own
 * requests get the redirect in the form its client follows. The check is one primary-key lookup.
 */
class AccountSessionFilter extends OncePerRequestFilter {

    private final AccountSessions sessions;
    private final SecurityContextHolderStrategy strategy;
    private final UidlRedirectStrategy redirect = new UidlRedirectStrategy();

    AccountSessionFilter(AccountSessions sessions, SecurityContextHolderStrategy strategy) {
        this.sessions = sessions;
        this.strategy = strategy;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // static files carry nothing of the account's
        return path.startsWith("/VAADIN/build/") || path.startsWith("/styles/") || path.startsWith("/icons/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = strategy.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                && !sessions.isCurrent(user.accountId(), user.securityStamp())) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            strategy.clearContext();
            redirect.sendRedirect(request, response, request.getContextPath() + "/login");
            return;
        }
        chain.doFilter(request, response);
    }
}
