package se.samverkan.actionplan.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import se.samverkan.actionplan.TrafficLight;

/** The traffic light as a pill with a coloured dot and its word, so colour is never the only signal. */
final class ItemBadges {

    private ItemBadges() {
    }

    static Span light(Component context, TrafficLight light) {
        Span dot = new Span();
        dot.addClassName("light-dot");
        dot.getElement().setAttribute("aria-hidden", "true");
        Span pill = new Span(dot, new Span(context.getTranslation("actionItem.light." + light.name())));
        pill.addClassNames("light-pill", "light-" + light.name().toLowerCase(Locale.ROOT));
        pill.getElement().setAttribute("title", context.getTranslation("actionItem.trafficLight." + light.name()));
        return pill;
    }
}
