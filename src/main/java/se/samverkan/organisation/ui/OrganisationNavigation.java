package se.samverkan.organisation.ui;

import java.util.List;

import org.springframework.stereotype.Component;

import se.samverkan.base.security.Role;
import se.samverkan.base.security.SignedInUser;
import se.samverkan.base.ui.NavigationContributor;
import se.samverkan.base.ui.NavigationEntry;
import se.samverkan.base.ui.UiIcon;

/** Administration of accounts, for administrators, and everyone's own account. */
@Component
class OrganisationNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries(SignedInUser user) {
        NavigationEntry mine = new NavigationEntry(99, "nav.myAccount", "account", UiIcon.USER);
        return user.hasRole(Role.ADMIN)
                ? List.of(new NavigationEntry(90, "nav.accounts", "admin/accounts", UiIcon.ACCOUNTS), mine)
                : List.of(mine);
    }
}
