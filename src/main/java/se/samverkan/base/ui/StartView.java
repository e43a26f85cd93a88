package se.samverkan.base.ui;

import java.util.List;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.samverkan.base.security.CurrentUser;

/**
 * The address after sign-in: forwards each user to their start page, the first that a {@link StartPage} offers for
 * them (coordinators: their items; everyone else: the agreements).
 */
@Route("")
@PermitAll
public class StartView extends Main implements BeforeEnterObserver {

    private final CurrentUser currentUser;
    private final List<StartPage> startPages;

    public StartView(CurrentUser currentUser, List<StartPage> startPages) {
        this.currentUser = currentUser;
        this.startPages = startPages;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var user = currentUser.require();
        String route = startPages.stream().sorted(java.util.Comparator.comparingInt(StartPage::priority))
                .map(page -> page.routeFor(user)).filter(r -> r != null).findFirst().orElse("agreements");
        event.forwardTo(route);
    }
}
