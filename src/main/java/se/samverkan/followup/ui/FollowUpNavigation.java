package se.samverkan.followup.ui;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;


import se.samverkan.base.security.Role;
import se.samverkan.base.security.SignedInUser;
import se.samverkan.base.ui.NavigationContributor;
import se.samverkan.base.ui.NavigationEntry;
import se.samverkan.base.ui.UiIcon;

/** Follow-ups and each user's reminder settings for everyone; the outbox for administrators. */
@Component
class FollowUpNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries(SignedInUser user) {
        List<NavigationEntry> entries = new ArrayList<>();
        entries.add(new NavigationEntry(40, "nav.followUps", FollowUpListView.ROUTE, UiIcon.CALENDAR));
        entries.add(new NavigationEntry(85, "nav.reminderSettings", ReminderSettingsView.ROUTE, UiIcon.BELL));
        if (user.hasRole(Role.ADMIN)) {
            entries.add(new NavigationEntry(95, "nav.outbox", OutboxView.ROUTE, UiIcon.MAIL));
        }
        return entries;
    }
}
