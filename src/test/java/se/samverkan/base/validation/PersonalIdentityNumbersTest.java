package se.samverkan.base.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers from Skatteverket's published test series and the Luhn rule; look-alikes that must pass. */
class PersonalIdentityNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "811218-9876", "8112189876", "198112189876", "19811218-9876", "19811218 9876",
            "Personen 121212-1212 anmälde", "121212+1212", "20121212-1212",
            // coordination number: day + 60
            "701063-2391", "197010632391" })
    void findsPersonalIdentityAndCoordinationNumbers(String text) {
        assertThat(PersonalIdentityNumbers.containsAny(text)).as(text).isTrue();
        assertThat(Texts.problem(text, false)).isEqualTo("validation.personalIdentityNumber");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a wrong check digit
            "811218-9875", "121212-1213",
            // no valid date
            "811318-9876", "811232-9876",
            // diary numbers, phone numbers, dates, amounts, other ids
            "KS 2019/656", "Dnr EÅV 2019/274", "08-508 000 00", "070-123 45 67", "+46 70 123 45 67",
            "2026-11-29", "2026-11-29 kl. 14.00", "1 234 567 kr", "ILS 2025:123",
            "12345678901234", "order 811218-98765" })
    void letsLookAlikesPass(String text) {
        assertThat(PersonalIdentityNumbers.containsAny(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "evil\u202Etxt.exe", "a\u2066b", "tab\tinside", "bell\u0007" })
    void refusesControlCharactersInOneLineFields(String text) {
        assertThat(Texts.problem(text, false)).isIn("validation.controlCharacter", "validation.lineBreak");
    }

    @ParameterizedTest
    @ValueSource(strings = { "rad ett\nrad två", "مرحبا \u200F", "Åsa 😀", "<script>alert(1)</script>",
            "'; DROP TABLE action_item; --" })
    void allowsLineBreaksWhereAskedRightToLeftMarksEmojiAndMarkup(String text) {
        assertThat(Texts.problem(text, true)).as(text).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "A\u030Asa", "\u00C5sa" })
    void composesCombiningCharacters(String text) {
        assertThat(Texts.clean("  " + text + "  ")).isEqualTo("\u00C5sa");
    }
}
