package se.samverkan.actionplan.ui;

import java.util.List;

import org.springframework.stereotype.Component;


import se.samverkan.base.security.Role;
import se.samverkan.base.security.SignedInUser;
import se.samverkan.base.ui.NavigationContributor;
import se.samverkan.base.ui.NavigationEntry;
import se.samverkan.base.ui.UiIcon;

/** The list of target groups, for administrators. */
@Component
class TargetGroupNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries(SignedInUser user) {
        return user.hasRole(Role.ADMIN)
                ? List.of(new NavigationEntry(93, "nav.targetGroups", TargetGroupListView.ROUTE, UiIcon.TAGS))
                : List.of();
    }
}
