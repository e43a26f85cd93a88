package se.samverkan.base.security;

import java.io.IOException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;


import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Checks at every request of a signed-in session that its account is still as it was at sign-in: enabled, and with
 * the same security stamp (an administrator's change of roles or reset of the password moves it on). When not, the
 * session ends there and then and the browser goes to the sign-in page: a page load is redirected, and Vaadin's own
 * requests are told that the session has ended, as Vaadin tells them itself. The check is one primary-key lookup.
 */
class AccountSessionFilter extends OncePerRequestFilter {

    private final AccountSessions sessions;
    private final SecurityContextHolderStrategy strategy;

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
            if ("uidl".equals(request.getParameter("v-r"))) {
                // Vaadin's client asks: answer as Vaadin does for an ended session (its client then says so in the
                // user's language, and a click or reload leads to the sign-in page); a redirect would reach the
                // client as a response it cannot read
                response.setStatus(HttpServletResponse.SC_OK);
                response.setContentType("application/json");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("{\"meta\":{\"sessionExpired\":true}}");
            } else {
                response.sendRedirect(request.getContextPath() + "/login");
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
