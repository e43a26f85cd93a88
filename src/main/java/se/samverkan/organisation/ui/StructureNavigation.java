package se.samverkan.organisation.ui;

import java.util.List;

import org.springframework.stereotype.Component;


import se.samverkan.base.security.Role;
import se.samverkan.base.security.SignedInUser;
import se.samverkan.base.ui.NavigationContributor;
import se.samverkan.base.ui.NavigationEntry;
import se.samverkan.base.ui.UiIcon;

/** Administration of organisations and people, for administrators. */
@Component
class StructureNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries(SignedInUser user) {
        return user.hasRole(Role.ADMIN)
                ? List.of(new NavigationEntry(91, "nav.organisations", OrganisationTreeView.ROUTE, UiIcon.ORGANISATIONS),
                        new NavigationEntry(92, "nav.people", PersonListView.ROUTE, UiIcon.PEOPLE))
                : List.of();
    }
}
