package se.samverkan.base.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** Shared ways of showing dates, periods and statuses. */
public final class Formats {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private Formats() {
    }

    /** Dates as 2026-11-29 in both languages: the form Swedish authorities use, and unambiguous in English. */
    public static String date(LocalDate date) {
        return date == null ? "–" : ISO.format(date);
    }

    /** A number as people write it in the language: 1 234,5 in Swedish, 1,234.5 in English; no trailing zeros. */
    public static String number(java.math.BigDecimal value, Locale locale) {
        if (value == null) {
            return "–";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(TranslationProvider.supported(locale));
        format.setMaximumFractionDigits(4);
        return format.format(value.stripTrailingZeros());
    }

    public static String period(Component context, LocalDate start, LocalDate end) {
        if (end == null) {
            return context.getTranslation("period.from", date(start));
        }
        return date(start) + " – " + date(end);
    }

    /** A status pill, e.g. "Pågående", with a colour class per status and the text for assistive technology. */
    public static Span status(Component context, String prefix, Enum<?> status) {
        Span pill = new Span(context.getTranslation(prefix + "." + status.name()));
        pill.addClassNames("status-pill", "status-" + status.name().toLowerCase(Locale.ROOT));
        return pill;
    }
}
