package se.samverkan.consultation.ui;

import java.util.List;

import org.springframework.stereotype.Component;

import se.samverkan.base.security.SignedInUser;
import se.samverkan.base.ui.NavigationContributor;
import se.samverkan.base.ui.NavigationEntry;
import se.samverkan.base.ui.UiIcon;

/** Consultation rounds, for everyone (each reads the rounds of the agreements they read). */
@Component
class ConsultationNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries(SignedInUser user) {
        return List.of(new NavigationEntry(60, "nav.consultations", "consultations", UiIcon.CONSULTATIONS));
    }
}
