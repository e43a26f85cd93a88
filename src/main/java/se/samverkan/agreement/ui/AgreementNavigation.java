package se.samverkan.agreement.ui;

import java.util.List;

import org.springframework.stereotype.Component;

import se.samverkan.base.security.SignedInUser;
import se.samverkan.base.ui.NavigationContributor;
import se.samverkan.base.ui.NavigationEntry;
import se.samverkan.base.ui.UiIcon;

/** Agreements, for everyone. */
@Component
class AgreementNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries(SignedInUser user) {
        return List.of(new NavigationEntry(20, "nav.agreements", "agreements", UiIcon.AGREEMENTS));
    }
}
