package se.samverkan.base.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.samverkan.base.security.CurrentUser;
import se.samverkan.base.security.SignedInUser;

/**
 * The bare address inside the app (the app's name in the header): forwards each user to their start page, the first
 * that a {@link StartPage} offers for them (coordinators: their items; everyone else: the agreements). Loaded from
 * the browser, the bare address is redirected there before it reaches this view ({@link StartPageRedirect}).
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
        event.forwardTo(routeFor(currentUser.require(), startPages));
    }

    /** The user's start page: the first that a {@link StartPage} offers (by priority), else the agreements. */
    static String routeFor(SignedInUser user, List<StartPage> startPages) {
        return startPages.stream().sorted(Comparator.comparingInt(StartPage::priority))
                .map(page -> page.routeFor(user)).filter(Objects::nonNull).findFirst().orElse("agreements");
    }
}
