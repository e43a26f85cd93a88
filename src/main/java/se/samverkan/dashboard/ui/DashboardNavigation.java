package se.samverkan.dashboard.ui;

import java.util.List;

import org.springframework.stereotype.Component;

import se.samverkan.base.security.SignedInUser;
import se.samverkan.base.ui.NavigationContributor;
import se.samverkan.base.ui.NavigationEntry;
import se.samverkan.base.ui.UiIcon;

/** The overview, for everyone: each sees the agreements they read (the rule lives in the service). */
@Component
class DashboardNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries(SignedInUser user) {
        return List.of(new NavigationEntry(50, "nav.dashboard", "dashboard", UiIcon.DASHBOARD));
    }
}
