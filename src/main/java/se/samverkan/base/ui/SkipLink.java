package se.samverkan.base.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * "Till innehållet" / "Skip to content": the first thing Tab reaches on a page, hidden until it has focus. Activating
 * it moves focus to the page's main heading (the page script does that: {@code page-setup.js}), past the header and
 * the menu. The router leaves it alone; its {@code href} only names where it leads.
 */
public class SkipLink extends Anchor {

    public SkipLink() {
        super("#main-content", "");
        setText(getTranslation("page.skipToContent"));
        addClassName("skip-link");
        getElement().setAttribute("router-ignore", true);
    }
}
