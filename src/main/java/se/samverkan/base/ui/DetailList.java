package se.samverkan.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;

/** A description list of label–value pairs: read-only facts about one thing, in a form screen readers know. */
public class DetailList extends DescriptionList {

    public DetailList() {
        addClassName("detail-list");
    }

    public DetailList add(String label, String value) {
        return add(label, new Span(value == null || value.isBlank() ? "–" : value));
    }

    public DetailList add(String label, Component value) {
        add(new Term(label), new Description(value));
        return this;
    }

}
