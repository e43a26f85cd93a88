package se.samverkan.actionplan;

import java.util.Map;

/**
 * The all-items list's filter as it stands in its URL ({@code agreement=1&status=ONGOING,PLANNED&due=overdue&q=…}),
 * for pages that act on the same list (export), with the dashboard's extra conditions. Unknown values are ignored,
 * as the list ignores them.
 */
public final class ItemFilterParameters {

    private ItemFilterParameters() {
    }

    /** The filter of the URL's parameters (each parameter's first value): the list's own reading of them. */
    public static ItemFilter parse(Map<String, String> q) {
        return ItemFilter.fromParameters(q);
    }
}
