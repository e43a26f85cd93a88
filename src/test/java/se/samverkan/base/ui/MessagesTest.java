package se.samverkan.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import se.samverkan.actionplan.ActionItemStatus;
import se.samverkan.actionplan.IndicatorDirection;
import se.samverkan.actionplan.IndicatorSplit;
import se.samverkan.actionplan.TrafficLight;
import se.samverkan.audit.AuditAction;
import se.samverkan.organisation.Agency;
import se.samverkan.agreement.AgreementKind;
import se.samverkan.agreement.AgreementStatus;
import se.samverkan.base.security.Role;
import se.samverkan.consultation.AnswerState;
import se.samverkan.consultation.Handling;
import se.samverkan.consultation.LinkTarget;
import se.samverkan.consultation.RoundStatus;
import se.samverkan.consultation.RoundSubject;
import se.samverkan.consultation.StatementKind;

/** Swedish and English say the same things: no key is missing or empty in either language. */
class MessagesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\\s*\"([^\"]+[^.\"])\"");
    /** Services refuse bad input with a message key that the UI translates. */
    private static final Pattern ERROR_KEY = Pattern.compile("Exception\\(\\s*\"([a-zA-Z]+\\.error\\.[a-zA-Z.]+)\"");
    /** Any string that looks like a refusal's key: "x.error.y", "error.y", "validation.y". */
    private static final Pattern REFUSAL_KEY =
            Pattern.compile("\"((?:[a-zA-Z]+\\.)?error\\.[a-zA-Z.]+|validation\\.[a-zA-Z]+)\"");
    /** Field labels of audit records: change("actionItem.title", ...). */
    private static final Pattern AUDIT_FIELD = Pattern.compile("\\.change\\(\\s*\"([a-zA-Z.]+)\"");
    /** Bean Validation message templates: message = "{key}" and "{key}" built by validators. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("\"\\{([a-zA-Z][a-zA-Z.]+)\\}\"");

    private final ResourceBundle swedish = TranslationProvider.bundle(TranslationProvider.SWEDISH);
    private final ResourceBundle english = TranslationProvider.bundle(TranslationProvider.ENGLISH);

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(new TreeSet<>(english.keySet())).isEqualTo(new TreeSet<>(swedish.keySet()));
    }

    @Test
    void noTextIsEmpty() {
        for (String key : swedish.keySet()) {
            assertThat(swedish.getString(key)).as("sv " + key).isNotBlank();
            assertThat(english.getString(key)).as("en " + key).isNotBlank();
        }
    }

    /** Literal keys; keys built from a prefix and an enum ("agreement.kind." + kind) are checked below. */
    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern pattern : new Pattern[] { LITERAL_KEY, ERROR_KEY, REFUSAL_KEY, AUDIT_FIELD, TEMPLATE_KEY }) {
                    Matcher m = pattern.matcher(source);
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).isNotEmpty().contains("account.error.usernameTaken");
        assertThat(used).allSatisfy(key -> assertThat(swedish.containsKey(key)).as(key).isTrue());
    }

    @Test
    void everyEnumShownInTheUiHasTexts() {
        assertHasKeys("agreement.kind.", AgreementKind.values());
        assertHasKeys("agreement.status.", AgreementStatus.values());
        assertHasKeys("actionItem.status.", ActionItemStatus.values());
        assertHasKeys("role.", Role.values());
        assertHasKeys("actionItem.trafficLight.", TrafficLight.values());
        assertHasKeys("indicator.direction.", IndicatorDirection.values());
        assertHasKeys("indicator.split.", IndicatorSplit.values());
        assertHasKeys("indicator.series.", IndicatorSplit.Series.values());
        assertHasKeys("agency.", Agency.values());
        assertHasKeys("audit.action.", AuditAction.values());
        assertHasKeys("consultation.subject.", RoundSubject.values());
        assertHasKeys("consultation.roundStatus.", RoundStatus.values());
        assertHasKeys("consultation.answerState.", AnswerState.values());
        assertHasKeys("consultation.handling.", Handling.values());
        assertHasKeys("consultation.statementKind.", StatementKind.values());
        assertHasKeys("consultation.linkTarget.", LinkTarget.values());
    }

    private void assertHasKeys(String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            assertThat(swedish.containsKey(prefix + value.name())).as(prefix + value.name()).isTrue();
        }
    }

    @Test
    void vaadinsOwnNoticesAreTranslated() {
        assertThat(LocaleSupport.systemMessages(TranslationProvider.SWEDISH).getInternalErrorCaption())
                .isEqualTo("Något gick fel");
        assertThat(LocaleSupport.systemMessages(TranslationProvider.SWEDISH).getCookiesDisabledCaption())
                .isEqualTo("Kakor är avstängda");
        assertThat(LocaleSupport.systemMessages(Locale.ENGLISH).getInternalErrorCaption())
                .isEqualTo("Something went wrong");
    }

    @Test
    void anythingButEnglishFallsBackToSwedish() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getTranslation("nav.logout", Locale.GERMAN)).isEqualTo("Logga ut");
        assertThat(provider.getTranslation("nav.logout", Locale.UK)).isEqualTo("Sign out");
        assertThat(provider.getTranslation("period.from", Locale.ENGLISH, "2019-11-04")).isEqualTo("from 2019-11-04");
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }
}
