package se.samverkan.actionplan.ui;

import java.util.List;

import org.springframework.stereotype.Component;

import se.samverkan.base.ui.UiIcon;

import se.samverkan.base.security.SignedInUser;
import se.samverkan.base.ui.NavigationContributor;
import se.samverkan.base.ui.NavigationEntry;

/** My items and all action items, for everyone. */
@Component
class ActionPlanNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries(SignedInUser user) {
        return List.of(new NavigationEntry(10, "nav.myItems", "my-items", UiIcon.MY_ITEMS),
                new NavigationEntry(30, "nav.actionItems", "action-items", UiIcon.LIST));
    }
}
