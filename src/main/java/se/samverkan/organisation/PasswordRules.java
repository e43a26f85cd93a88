package se.samverkan.organisation;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;

import se.samverkan.base.validation.Checks;

/**
 * What a password must be: at least 12 characters, at most 64 (and 72 bytes, what bcrypt reads), and not containing
 * the username. Temporary passwords that an administrator hands over are made here too.
 */
final class PasswordRules {

    static final int MIN = 12;
    static final int MAX = 64;
    private static final int MAX_BYTES = 72;
    /** Letters and digits that cannot be mistaken for each other when read aloud or copied by hand. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordRules() {
    }

    static void check(Checks checks, String field, String username, String password) {
        if (password == null || password.isBlank()) {
            checks.add(field, "account.error.password");
            return;
        }
        if (password.length() < MIN || password.length() > MAX
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            checks.add(field, "account.error.passwordLength", MIN, MAX);
            return;
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            checks.add(field, "account.error.passwordContainsUsername");
        }
    }

    /** Sixteen random characters in groups of four, e.g. {@code hT4k-9mPq-xZ2c-Rb7w}: 90 bits. */
    static String temporary(String username) {
        while (true) {
            StringBuilder password = new StringBuilder(19);
            for (int i = 0; i < 16; i++) {
                if (i > 0 && i % 4 == 0) {
                    password.append('-');
                }
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            Checks checks = new Checks();
            check(checks, "password", username, password.toString());
            if (checks.isEmpty()) {
                return password.toString();
            }
        }
    }
}
