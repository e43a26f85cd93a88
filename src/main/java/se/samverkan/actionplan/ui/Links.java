package se.samverkan.actionplan.ui;

import com.vaadin.flow.component.html.Anchor;

/** Links to routes of other features by path, so that this feature does not depend on their view classes. */
final class Links {

    private Links() {
    }

    static Anchor route(String route, String text) {
        Anchor link = new Anchor(route, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
