package se.samverkan.actionplan;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The all-items list's filter as it stands in its URL ({@code agreement=1&status=ONGOING,PLANNED&due=overdue&q=…}),
 * for pages that act on the same list (export). Unknown values are ignored, as the list ignores them.
 */
public final class ItemFilterParameters {

    private ItemFilterParameters() {
    }

    /** The filter of the URL's parameters (each parameter's first value). */
    public static ItemFilter parse(Map<String, String> q) {
        String due = q.get("due");
        Integer days = due == null ? null : switch (due.toLowerCase(java.util.Locale.ROOT)) {
            case "days_14" -> 14;
            case "days_30" -> 30;
            case "days_90" -> 90;
            default -> null;
        };
        String text = q.get("q");
        return new ItemFilter(number(q.get("agreement")), number(q.get("area")), number(q.get("organisation")),
                enums(q.get("status"), ActionItemStatus.class), enums(q.get("light"), TrafficLight.class),
                number(q.get("group")), null, null, days, "overdue".equalsIgnoreCase(due),
                text == null || text.isBlank() ? null : text);
    }

    private static Long number(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> Set<E> enums(String csv, Class<E> type) {
        if (csv == null) {
            return Set.of();
        }
        return Arrays.stream(csv.split(",")).map(String::strip)
                .flatMap(name -> Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)))
                .collect(Collectors.toSet());
    }
}
