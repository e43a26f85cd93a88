package se.samverkan.base.ui;

import se.samverkan.base.security.SignedInUser;

/** A feature's offer of a start page: the route for this user, or null; the lowest priority that answers wins. */
public interface StartPage {

    int priority();

    String routeFor(SignedInUser user);
}
