package se.samverkan.base.ui;

import java.io.IOException;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.samverkan.base.security.CurrentUser;

/**
 * A signed-in user who loads the bare address (after signing in, or typing it) is sent to their start page by HTTP,
 * so that the address bar names the page they see. {@link StartView} forwards only inside the app (a click on the
 * app's name): on a page's first load, Vaadin's client router would put the bare address back after the forward.
 * Runs after Spring Security's filters; everyone else goes on to the sign-in page as before.
 */
@Component
class StartPageRedirect extends OncePerRequestFilter {

    private final CurrentUser currentUser;
    private final List<StartPage> startPages;

    StartPageRedirect(CurrentUser currentUser, List<StartPage> startPages) {
        this.currentUser = currentUser;
        this.startPages = startPages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // Vaadin's own requests to the bare address carry v-r (init, uidl, heartbeat)
        return !"GET".equals(request.getMethod()) || !"/".equals(path) || request.getParameter("v-r") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var user = currentUser.get();
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + "/" + StartView.routeFor(user.get(), startPages));
    }
}
