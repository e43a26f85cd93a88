package se.samverkan.report;

/**
 * Formula injection: a text cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return could be run as a formula by a spreadsheet program, so it is written with a leading apostrophe (the usual
 * neutralisation), and the apostrophe is taken off again when such a file is imported.
 */
final class Cells {

    private Cells() {
    }

    static boolean risky(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text as it is safe to write into a cell. */
    static String neutralise(String text) {
        return risky(text) ? "'" + text : text;
    }

    /** The text as it was before {@link #neutralise(String)}. */
    static String restore(String text) {
        return text != null && text.length() > 1 && text.charAt(0) == '\'' && risky(text.substring(1))
                ? text.substring(1) : text;
    }
}
