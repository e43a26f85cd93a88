package se.samverkan.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * One grid row as a compact card for narrow screens ({@link GridCards}): what the row is about on top (usually the
 * link to it), then a few label–value facts that wrap as the width allows. The facts are a description list, so that
 * a screen reader reads each value with its label.
 */
public class RowCard extends Div {

    private final DescriptionList facts = new DescriptionList();
    private int lines;

    public RowCard(Component heading) {
        addClassName("row-card");
        Div top = new Div(heading);
        top.addClassName("row-card-heading");
        facts.addClassName("row-card-facts");
        add(top, facts);
    }

    public RowCard fact(String label, String value) {
        return fact(label, new Span(value == null || value.isBlank() ? "–" : value));
    }

    public RowCard fact(String label, Component value) {
        DescriptionList.Term term = new DescriptionList.Term(label);
        DescriptionList.Description description = new DescriptionList.Description(value);
        Div pair = new Div(term, description);
        pair.addClassName("row-card-fact");
        facts.add(pair);
        return this;
    }

    /** A line under the heading without a label, e.g. the kind of thing and its number; lines keep their order. */
    public RowCard line(Component... content) {
        Div line = new Div(content);
        line.addClassName("row-card-line");
        addComponentAtIndex(1 + lines++, line);
        return this;
    }
}
