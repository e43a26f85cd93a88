package se.samverkan.consultation.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import se.samverkan.consultation.AnswerState;
import se.samverkan.consultation.Handling;
import se.samverkan.consultation.LinkRef;
import se.samverkan.consultation.TagRef;

/** Pills and small lists shared by the pages: a body's state, a remark's handling, tags, links; words, not colour alone. */
final class Badges {

    private Badges() {
    }

    static Span state(Component context, AnswerState state) {
        Span pill = new Span(context.getTranslation("consultation.answerState." + state.name()));
        pill.addClassNames("status-pill", "answer-" + state.name().toLowerCase(Locale.ROOT));
        return pill;
    }

    static Span handling(Component context, Handling handling) {
        Span pill = new Span(context.getTranslation("consultation.handling." + handling.name()));
        pill.addClassNames("status-pill", "handling-" + handling.name().toLowerCase(Locale.ROOT));
        return pill;
    }

    static Span example(Component context) {
        Span pill = new Span(context.getTranslation("consultation.answer.exampleBadge"));
        pill.addClassNames("status-pill", "example-pill");
        return pill;
    }

    static Div tags(Component context, Locale locale, List<TagRef> tags) {
        Div line = new Div();
        line.addClassName("tag-line");
        if (!tags.isEmpty()) {
            Span label = new Span(context.getTranslation("consultation.remark.tags") + ":");
            label.addClassName("sr-only");
            line.add(label);
        }
        for (TagRef tag : tags) {
            Span chip = new Span(tag.name(locale));
            chip.addClassName("tag-chip");
            line.add(chip);
        }
        return line;
    }

    /** What takes a remark up, each a link to its page, e.g. "Åtgärd: Barn som brottsoffer…". */
    static UnorderedList links(Component context, List<LinkRef> links) {
        UnorderedList list = new UnorderedList();
        list.addClassName("remark-links");
        for (LinkRef link : links) {
            String route = switch (link.target()) {
                case AGREEMENT -> Routes.agreement(link.id());
                case AREA -> Routes.area(link.id());
                case ACTION_ITEM -> Routes.actionItem(link.id());
            };
            Span kind = new Span(context.getTranslation("consultation.linkTarget." + link.target().name()) + ": ");
            Anchor anchor = Routes.link(route, link.label());
            list.add(new ListItem(kind, anchor));
        }
        return list;
    }
}
