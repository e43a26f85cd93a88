package se.samverkan.base.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer) in free text:
 * six or eight digits of a birth date (for coordination numbers the day plus 60), an optional separator ({@code -} or
 * {@code +}) and four digits whose last one is the Luhn check digit of the ten-digit form. A valid date and a correct
 * check digit are both required, so diary numbers, phone numbers, dates and amounts pass.
 */
public final class PersonalIdentityNumbers {

    /** Not part of a longer run of digits; the separator is optional. */
    private static final Pattern CANDIDATE =
            Pattern.compile("(?<![\\d])(\\d{2})?(\\d{2})(\\d{2})(\\d{2})\\s?([-+])?\\s?(\\d{3})(\\d)(?![\\d])");

    private PersonalIdentityNumbers() {
    }

    public static boolean containsAny(String text) {
        if (text == null || text.length() < 10) {
            return false;
        }
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            if (isValid(m.group(1), m.group(2), m.group(3), m.group(4), m.group(6), m.group(7))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isValid(String century, String year, String month, String day, String serial,
            String check) {
        int d = Integer.parseInt(day);
        // coordination numbers add 60 to the day
        int realDay = d > 60 ? d - 60 : d;
        int m = Integer.parseInt(month);
        int y = Integer.parseInt(year) + (century == null ? 2000 : Integer.parseInt(century) * 100);
        if (century != null && (y < 1800 || y > 2099)) {
            return false;
        }
        try {
            LocalDate.of(y, m, realDay);
        } catch (DateTimeException e) {
            if (century != null || !isValidDate(1900 + Integer.parseInt(year), m, realDay)) {
                return false;
            }
        }
        return luhn(year + month + day + serial) == Integer.parseInt(check);
    }

    private static boolean isValidDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The check digit of the nine digits YYMMDDNNN. */
    static int luhn(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int digit = nineDigits.charAt(i) - '0';
            int product = digit * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }
        return (10 - sum % 10) % 10;
    }
}
