package se.samverkan.base.ui;

import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.component.html.Div;

/** The sections every contributing feature adds to a page about one thing, in the contributors' order. */
public class PageSections extends Div {

    public PageSections(ObjectProvider<PageSectionContributor> contributors, PageSectionContributor.Subject subject,
            long id) {
        addClassName("page-sections");
        contributors.orderedStream().forEach(contributor -> contributor.section(subject, id).ifPresent(this::add));
    }
}
