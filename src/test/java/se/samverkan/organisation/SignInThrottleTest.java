package se.samverkan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.db.Tables.AUDIT_EVENT;
import static se.samverkan.db.Tables.ORGANISATION;
import static se.samverkan.db.Tables.PERSON;
import static se.samverkan.db.Tables.SIGN_IN_THROTTLE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import se.samverkan.IntegrationTest;
import se.samverkan.MutableClock;
import se.samverkan.base.security.Role;

/**
 * Guessing is slowed down and then stopped, per username and per client address, with the state in the database.
 * Time moves with a clock the test holds (30 tries take no real time); every test rolls back.
 */
@IntegrationTest
@Transactional
@WithUserDetails(value = "admin", userDetailsServiceBeanName = "accountService")
class SignInThrottleTest {

    static final String PASSWORD = "rätt lösenord 123";
    static final String ADDRESS = "198.51.100.7";

    @Autowired
    SignInService signInService;

    @Autowired
    AccountService accounts;

    @Autowired
    DSLContext dsl;

    final MutableClock clock = new MutableClock(Instant.now(), ZoneId.of("Europe/Stockholm"));
    final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    SignInService signIn;
    long accountId;

    @BeforeEach
    void anAccountAndAClockOfOurOwn() {
        signIn = signInService.withClock(clock, metrics);
        long organisation = dsl.fetchValue(ORGANISATION.ID, ORGANISATION.NAME.eq("Farsta stadsdelsförvaltning"));
        long person = dsl.insertInto(PERSON).set(PERSON.DISPLAY_NAME, "Prov Provsson")
                .set(PERSON.EMAIL, "prov@stad.example.se").set(PERSON.ORGANISATION_ID, organisation)
                .returningResult(PERSON.ID).fetchSingle().value1();
        accountId = accounts.createAccount(person, "provkonto", PASSWORD, "sv", EnumSet.of(Role.VIEWER));
    }

    private String outcome(SignInResult result) {
        return result.getClass().getSimpleName();
    }

    /** Thirty wrong passwords a second apart, as a script would try them; what each try got. */
    private List<String> guessThirtyTimes(String username, String address) {
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            outcomes.add(outcome(signIn.signIn(username, "gissning " + i, address)));
            clock.advance(Duration.ofSeconds(1));
        }
        return outcomes;
    }

    private LocalDateTime blockedUntil(String kind, String subject) {
        return dsl.fetchValue(SIGN_IN_THROTTLE.BLOCKED_UNTIL, SIGN_IN_THROTTLE.SUBJECT_KIND.eq(kind)
                .and(SIGN_IN_THROTTLE.SUBJECT.eq(subject)));
    }

    private int auditRows(String action) {
        return dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(action), AUDIT_EVENT.ENTITY_ID.eq(accountId));
    }

    private void moveClockTo(LocalDateTime time) {
        Instant target = time.atZone(clock.getZone()).toInstant();
        clock.advance(Duration.between(clock.instant(), target));
    }

    @Test
    void thirtyWrongPasswordsThenTheRightOneIsNotLetInAtOnceButOnceTheDelayHasRunOut() {
        List<String> outcomes = guessThirtyTimes("provkonto", ADDRESS);

        // three free failures, then each counted failure doubles the wait; tries within a wait are not even checked
        assertThat(outcomes.subList(0, 4)).containsOnly("Refused");
        assertThat(outcomes.stream().filter("Refused"::equals).count()).isEqualTo(8);
        assertThat(outcomes.stream().filter("Blocked"::equals).count()).isEqualTo(22);
        assertThat(outcome(signIn.signIn("provkonto", PASSWORD, ADDRESS))).isEqualTo("Blocked");

        LocalDateTime until = blockedUntil(SignInThrottleRepository.ACCOUNT, SignInService.subjectOf("provkonto"));
        moveClockTo(until.minusSeconds(1));
        assertThat(outcome(signIn.signIn("provkonto", PASSWORD, ADDRESS))).isEqualTo("Blocked");
        moveClockTo(until.plusSeconds(1));
        assertThat(outcome(signIn.signIn("provkonto", PASSWORD, ADDRESS))).isEqualTo("SignedIn");

        assertThat(auditRows("SIGN_IN_FAILURE")).isEqualTo(8);
        assertThat(auditRows("SIGN_IN")).isEqualTo(1);
        assertThat(metrics.counter("samverkan.sign_in.failures").count()).isEqualTo(8);
        assertThat(metrics.counter("samverkan.sign_in.blocked").count()).isEqualTo(24);
        // success forgets the username's failures
        assertThat(blockedUntil(SignInThrottleRepository.ACCOUNT, SignInService.subjectOf("provkonto"))).isNull();
    }

    @Test
    void aGuesserWhoWaitsOutEveryDelayIsLockedAtTheTenthFailureForFifteenMinutes() {
        for (int i = 1; i <= 10; i++) {
            assertThat(outcome(signIn.signIn("provkonto", "gissning " + i, ADDRESS))).as("try " + i)
                    .isEqualTo("Refused");
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(auditRows("SIGN_IN_LOCKED")).isEqualTo(1);
        assertThat(metrics.counter("samverkan.sign_in.locks", "subject", "username").count()).isEqualTo(1);
        AccountDetails locked = accounts.findAccount(accountId).orElseThrow();
        assertThat(locked.locked()).isTrue();
        assertThat(accounts.findAccounts("provkonto", 0, 1)).singleElement()
                .satisfies(row -> assertThat(row.locked()).isTrue());

        // the lock began with the tenth failure, a minute ago
        assertThat(outcome(signIn.signIn("provkonto", PASSWORD, ADDRESS))).isEqualTo("Blocked");
        clock.advance(Duration.ofMinutes(13));
        assertThat(outcome(signIn.signIn("provkonto", PASSWORD, ADDRESS))).isEqualTo("Blocked");
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(outcome(signIn.signIn("provkonto", PASSWORD, ADDRESS))).isEqualTo("SignedIn");
    }

    @Test
    void anAdministratorUnlocksALockedAccount() {
        for (int i = 1; i <= 10; i++) {
            signIn.signIn("provkonto", "gissning " + i, ADDRESS);
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(outcome(signIn.signIn("provkonto", PASSWORD, ADDRESS))).isEqualTo("Blocked");

        accounts.unlock(accountId);

        assertThat(outcome(signIn.signIn("provkonto", PASSWORD, ADDRESS))).isEqualTo("SignedIn");
        assertThat(auditRows("ACCOUNT_UNLOCK")).isEqualTo(1);
    }

    @Test
    void anUnknownUsernameMeetsExactlyWhatAKnownOneMeetsAndIsNotStored() {
        List<String> known = guessThirtyTimes("provkonto", "198.51.100.8");
        List<String> unknown = guessThirtyTimes("finns-inte", "198.51.100.9");

        assertThat(unknown).isEqualTo(known);
        assertThat(dsl.fetchCount(SIGN_IN_THROTTLE, SIGN_IN_THROTTLE.SUBJECT.containsIgnoreCase("finns-inte"))).isZero();
        assertThat(blockedUntil(SignInThrottleRepository.ACCOUNT, SignInService.subjectOf("finns-inte"))).isNotNull();
        // failures aimed at no account have no actor and name none
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("SIGN_IN_FAILURE"),
                AUDIT_EVENT.CLIENT_ADDRESS.eq("198.51.100.9"), AUDIT_EVENT.ENTITY_ID.isNull(),
                AUDIT_EVENT.ACTOR_USERNAME.isNull())).isEqualTo(8);
    }

    @Test
    void oneAddressTryingManyUsernamesIsSlowedDownToo() {
        for (int i = 0; i < 20; i++) {
            assertThat(outcome(signIn.signIn("namn" + i, "gissning", ADDRESS))).isEqualTo("Refused");
        }
        // the 21st failure from the address makes the next try from it wait, whatever the username
        assertThat(outcome(signIn.signIn("namn20", "gissning", ADDRESS))).isEqualTo("Refused");
        assertThat(outcome(signIn.signIn("provkonto", PASSWORD, ADDRESS))).isEqualTo("Blocked");
        assertThat(outcome(signIn.signIn("provkonto", PASSWORD, "198.51.100.99"))).isEqualTo("SignedIn");
        clock.advance(Duration.ofSeconds(2));
        assertThat(outcome(signIn.signIn("provkonto", PASSWORD, ADDRESS))).isEqualTo("SignedIn");
    }
}
