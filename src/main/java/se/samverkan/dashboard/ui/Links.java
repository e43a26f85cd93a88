package se.samverkan.dashboard.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;

import se.samverkan.actionplan.ItemFilter;
import se.samverkan.base.ui.TranslationProvider;

/** Addresses of the filtered item list (the action plan's route, by path) and numbers as the language writes them. */
final class Links {

    private Links() {
    }

    /** The language of the UI being drawn. */
    static Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? TranslationProvider.SWEDISH : ui.getLocale();
    }

    static String list(ItemFilter filter) {
        String query = filter.toQueryString();
        return query.isEmpty() ? Chart.LIST_ROUTE : Chart.LIST_ROUTE + "?" + query;
    }

    static Anchor link(String text, String href) {
        Anchor link = new Anchor(href, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    /** A count that links to the items it counts (a plain figure when there are none). */
    static Object count(int count, ItemFilter filter, Locale locale) {
        String text = number(count, locale);
        return count == 0 || filter == null ? text : link(text, list(filter));
    }

    static String number(Number value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(TranslationProvider.supported(locale));
        format.setMaximumFractionDigits(value instanceof BigDecimal || value instanceof Double ? 1 : 0);
        return format.format(value);
    }
}
