package se.samverkan.actionplan.ui;

import java.util.List;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.icon.VaadinIcon;

import se.samverkan.base.security.Role;
import se.samverkan.base.security.SignedInUser;
import se.samverkan.base.ui.NavigationContributor;
import se.samverkan.base.ui.NavigationEntry;

/** The list of target groups, for administrators. */
@Component
class TargetGroupNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries(SignedInUser user) {
        return user.hasRole(Role.ADMIN)
                ? List.of(new NavigationEntry(93, "nav.targetGroups", TargetGroupListView.ROUTE, VaadinIcon.TAGS))
                : List.of();
    }
}
