package se.samverkan.base.validation;

import java.text.Normalizer;

/** How the services treat text typed by users. */
public final class Texts {

    private Texts() {
    }

    /**
     * Trims, composes combining characters (NFC, so that "a" + ring above and "å" are the same text) and turns blank
     * text into {@code null}.
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        return normalized.isEmpty() ? null : normalized;
    }

    /**
     * The message key of what is wrong with the text, or {@code null} when nothing is: control characters (line
     * breaks only where allowed), bidirectional overrides and isolates, or a personal identity number.
     */
    public static String problem(String text, boolean multiline) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
            if (lineBreak && !multiline) {
                return "validation.lineBreak";
            }
            if (!lineBreak && (Character.isISOControl(c) || isBidiControl(c))) {
                return "validation.controlCharacter";
            }
        }
        if (PersonalIdentityNumbers.containsAny(text)) {
            return "validation.personalIdentityNumber";
        }
        return null;
    }

    /** Embedding, override and isolate controls; the plain marks LRM and RLM stay allowed. */
    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
