package se.samverkan.base.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A feature's section on a page that another feature owns (an agreement, an area, an action item), so that the page's
 * feature need not know the contributing one: the consultation feature adds "raised in consultation" this way, and
 * the agreement and action plan features stay unaware of it. Contributors are Spring beans; see {@link PageSections}.
 */
public interface PageSectionContributor {

    /** What the page is about. */
    enum Subject {
        AGREEMENT, AREA, ACTION_ITEM
    }

    /** The section about the thing with the id, for the signed-in user, or empty when there is nothing to show. */
    Optional<Component> section(Subject subject, long id);
}
