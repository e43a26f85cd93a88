package se.samverkan.dashboard.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import se.samverkan.actionplan.ItemFilter;
import se.samverkan.base.ui.TranslationProvider;

/** Addresses of the filtered item list (the action plan's route, by path) and numbers as the language writes them. */
final class Links {

    /** Only links into the item list (or to one item) are followed from a chart. */
    static final String LIST_ROUTE = "action-items";

    private Links() {
    }

    /** The language of the UI being drawn. */
    static Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? TranslationProvider.SWEDISH : ui.getLocale();
    }

    static String list(ItemFilter filter) {
        String query = filter.toQueryString();
        return query.isEmpty() ? LIST_ROUTE : LIST_ROUTE + "?" + query;
    }

    /** A count (as markup) that links to the items it counts (a plain figure when there are none). */
    static String count(int count, ItemFilter filter, Locale locale) {
        String text = number(count, locale);
        return count == 0 || filter == null ? Markup.escape(text) : Markup.link(list(filter), text);
    }

    static String number(Number value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(TranslationProvider.supported(locale));
        format.setMaximumFractionDigits(value instanceof BigDecimal || value instanceof Double ? 1 : 0);
        return format.format(value);
    }
}
