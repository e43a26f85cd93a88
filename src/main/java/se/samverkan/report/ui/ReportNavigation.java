package se.samverkan.report.ui;

import java.util.List;

import org.springframework.stereotype.Component;

import se.samverkan.base.security.SignedInUser;
import se.samverkan.base.ui.NavigationContributor;
import se.samverkan.base.ui.NavigationEntry;
import se.samverkan.base.ui.UiIcon;

/** The board report, for everyone (each reads the agreements they may). */
@Component
class ReportNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries(SignedInUser user) {
        return List.of(new NavigationEntry(55, "report.nav", "board-report", UiIcon.AGREEMENTS));
    }
}
