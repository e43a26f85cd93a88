package se.samverkan.organisation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import se.samverkan.audit.AuditAction;
import se.samverkan.audit.AuditRecord;
import se.samverkan.audit.AuditService;
import se.samverkan.base.security.AccountSessions;
import se.samverkan.base.security.SignedInUser;

/**
 * Password sign-in with protection against guessing: failures are counted per typed username (whether or not such an
 * account exists) and per client address in the database, shared by every node; after a few failures each try waits
 * longer, then the username or address is locked for a while. While blocked, the password is not even checked, and
 * the answer reads the same as a wrong password, so it tells nobody whether an account exists. Every sign-in, failure
 * and lock goes to the audit log with the client address, and to the metrics.
 */
@Service
@EnableConfigurationProperties(SignInProperties.class)
public class SignInService implements AccountSessions {

    static final String ENTITY = AccountService.ENTITY;
    static final String UNKNOWN_ADDRESS = "unknown";

    private static final Logger log = LoggerFactory.getLogger(SignInService.class);

    private final AccountRepository accounts;
    private final SignInThrottleRepository throttle;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final Clock clock;
    private final ThrottlePolicy accountPolicy;
    private final ThrottlePolicy addressPolicy;
    private final SignInProperties properties;
    private final Counter failures;
    private final Counter blocked;
    private final Counter accountLocks;
    private final Counter addressLocks;
    /** Compared against when the username is unknown, so that the answer takes as long as for a known one. */
    private final String dummyHash;

    SignInService(AccountRepository accounts, SignInThrottleRepository throttle, PasswordEncoder passwordEncoder,
            AuditService audit, Clock clock, SignInProperties properties, MeterRegistry metrics) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
        this.accountPolicy = properties.accountPolicy();
        this.addressPolicy = properties.addressPolicy();
        this.failures = Counter.builder("samverkan.sign_in.failures")
                .description("Password sign-ins refused: wrong username or password, or a disabled account")
                .register(metrics);
        this.blocked = Counter.builder("samverkan.sign_in.blocked")
                .description("Sign-ins refused without a password check because of earlier failures")
                .register(metrics);
        this.accountLocks = Counter.builder("samverkan.sign_in.locks").tag("subject", "username")
                .description("Usernames or client addresses locked after too many failed sign-ins").register(metrics);
        this.addressLocks = Counter.builder("samverkan.sign_in.locks").tag("subject", "address")
                .description("Usernames or client addresses locked after too many failed sign-ins").register(metrics);
        this.dummyHash = passwordEncoder.encode("no account has this password " + System.nanoTime());
    }

    /** The same service on another clock: for tests that move time instead of waiting. */
    SignInService withClock(Clock other, MeterRegistry metrics) {
        return new SignInService(accounts, throttle, passwordEncoder, audit, other, properties, metrics);
    }

    /** Usernames are compared trimmed and in lower case; what is stored about a typed one is cut to the column. */
    static String normalise(String typed) {
        String username = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return username.length() > 200 ? username.substring(0, 200) : username;
    }

    /**
     * The throttle's key for a username: its SHA-256, so that whatever was typed (a password in the wrong field, say)
     * is never stored as it is. The database computes the same with {@code SHA2(username, 256)}.
     */
    static String subjectOf(String username) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(username.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String addressOf(String clientAddress) {
        if (clientAddress == null || clientAddress.isBlank()) {
            return UNKNOWN_ADDRESS;
        }
        return clientAddress.length() > 45 ? clientAddress.substring(0, 45) : clientAddress;
    }

    /** Checks a username and password typed at the sign-in form, from the given client address. */
    @Transactional
    public SignInResult signIn(String typedUsername, String password, String clientAddress) {
        LocalDateTime now = LocalDateTime.now(clock);
        String username = normalise(typedUsername);
        String subject = subjectOf(username);
        String address = addressOf(clientAddress);
        if (blocks(throttle.find(SignInThrottleRepository.ACCOUNT, subject), now)
                || blocks(throttle.find(SignInThrottleRepository.ADDRESS, address), now)) {
            blocked.increment();
            return new SignInResult.Blocked();
        }
        Optional<Credentials> credentials = accounts.credentials(username);
        String presented = password == null ? "" : password;
        boolean matches;
        if (credentials.isPresent()) {
            matches = passwordEncoder.matches(presented, credentials.get().passwordHash());
        } else {
            passwordEncoder.matches(presented, dummyHash);
            matches = false;
        }
        if (matches && credentials.get().enabled()) {
            long id = credentials.get().accountId();
            throttle.clear(SignInThrottleRepository.ACCOUNT, subject);
            throttle.purge(now.minus(properties.forgetAfter()), now);
            accounts.recordSignIn(id, now);
            audit.recordAs(AuditRecord.of(AuditAction.SIGN_IN, ENTITY, id, username), id, username, address);
            return new SignInResult.SignedIn(accounts.findForSignIn(username).orElseThrow());
        }
        refuse(subject, address, credentials.orElse(null), now);
        return new SignInResult.Refused();
    }

    private static boolean blocks(Optional<ThrottleState> state, LocalDateTime now) {
        return state.map(s -> s.blocksAt(now)).orElse(false);
    }

    private void refuse(String subject, String address, Credentials credentials, LocalDateTime now) {
        ThrottleState byName = throttle.recordFailure(SignInThrottleRepository.ACCOUNT, subject, now, accountPolicy);
        ThrottleState byAddress = throttle.recordFailure(SignInThrottleRepository.ADDRESS, address, now,
                addressPolicy);
        failures.increment();
        Long accountId = credentials == null ? null : credentials.accountId();
        String known = credentials == null ? null : credentials.username();
        // a failure is nobody's act: the account it aimed at is the entity, the actor stays unknown
        audit.recordAs(AuditRecord.of(AuditAction.SIGN_IN_FAILURE, ENTITY, accountId, known), null, null, address);
        if (byName.locked()) {
            accountLocks.increment();
            audit.recordAs(AuditRecord.of(AuditAction.SIGN_IN_LOCKED, ENTITY, accountId, known)
                    .change("signIn.lockedUntil", null, byName.blockedUntil()), null, null, address);
            // usernames only, and only real ones: a typed one may be a password in the wrong field
            log.info("Sign-in for {} locked until {} after {} failures",
                    known == null ? "an unknown username" : known, byName.blockedUntil(), byName.failures());
        }
        if (byAddress.locked()) {
            addressLocks.increment();
            audit.recordAs(AuditRecord.of(AuditAction.SIGN_IN_LOCKED, "CLIENT_ADDRESS", null, null)
                    .change("signIn.lockedUntil", null, byAddress.blockedUntil()), null, null, address);
            log.info("Sign-in from one client address locked until {} after {} failures", byAddress.blockedUntil(),
                    byAddress.failures());
        }
    }

    /** Forgets an account's failed sign-ins; the caller (an administrator's unlock) writes the audit row. */
    boolean clearFailures(String username) {
        return throttle.clear(SignInThrottleRepository.ACCOUNT, subjectOf(username));
    }

    @Transactional
    void recordSignOut(SignedInUser user) {
        audit.recordAs(AuditRecord.of(AuditAction.SIGN_OUT, ENTITY, user.accountId(), user.username()),
                user.accountId(), user.username());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isCurrent(long accountId, int stampAtSignIn) {
        return accounts.isCurrent(accountId, stampAtSignIn);
    }
}
