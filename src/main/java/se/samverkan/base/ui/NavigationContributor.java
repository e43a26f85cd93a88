package se.samverkan.base.ui;

import java.util.List;

import se.samverkan.base.security.SignedInUser;

/**
 * A feature's entries in the side navigation, for the signed-in user (show only what they may open). Features
 * contribute a Spring bean each, so the shared layout knows no feature. Orders in use: 10 my items, 20 agreements,
 * 30 action items, 40 follow-ups, 50 dashboard, 60 consultations, 90 and up administration.
 */
public interface NavigationContributor {

    List<NavigationEntry> entries(SignedInUser user);
}
