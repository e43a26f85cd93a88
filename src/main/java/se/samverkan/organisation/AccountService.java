package se.samverkan.organisation;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import se.samverkan.audit.AuditAction;
import se.samverkan.audit.AuditRecord;
import se.samverkan.audit.AuditService;
import se.samverkan.audit.SignInEvent;
import se.samverkan.base.db.ConcurrentChangeException;
import se.samverkan.base.security.CurrentUser;
import se.samverkan.base.security.Role;
import se.samverkan.base.security.SignedInUser;
import se.samverkan.base.security.UserPreferences;
import se.samverkan.base.validation.BeanChecks;
import se.samverkan.base.validation.Checks;
import se.samverkan.base.validation.ValidationException;

/**
 * User accounts: the administrators' list and page of accounts (create, roles, disable and enable, password reset,
 * unlock), a user's own password and language, and the demo passwords. The rules of an account (username, password,
 * roles, language) are checked here and only here; every change goes to the audit log in the same transaction.
 */
@Service
public class AccountService implements UserDetailsService, UserPreferences {

    public static final String ENTITY = "ACCOUNT";
    /** The same rule as the database's ck_user_account_username. */
    static final String USERNAME_PATTERN = "[a-z0-9._-]{2,60}";
    /** The well-known password of the demo accounts: accepted only for them, never by the password rules. */
    static final String DEMO_PASSWORD = "demo";

    private static final Set<String> LANGUAGES = Set.of("sv", "en");
    private static final Pattern USERNAME = Pattern.compile(USERNAME_PATTERN);
    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final SignInService signIn;
    private final Validator validator;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            AuditService audit, SignInService signIn, Validator validator, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.audit = audit;
        this.signIn = signIn;
        this.validator = validator;
        this.clock = clock;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    // --- the signed-in user ----------------------------------------------------------------------------------------

    /** The principal of a session (tests sign in through it too); it holds no password hash. */
    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findForSignIn(SignInService.normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    @Override
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void saveLanguage(String language) {
        changeMyLanguage(language);
    }

    /** Saves the signed-in user's language; the choice follows them to their next session. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeMyLanguage(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("unsupported language " + language);
        }
        accounts.updateLanguage(currentUser.require().accountId(), language);
    }

    /** True when an administrator reset the user's password: they must choose a new one before anything else. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean mustChangeMyPassword() {
        return accounts.mustChangePassword(currentUser.require().accountId());
    }

    /**
     * Changes the signed-in user's password after checking the current one. Their other sessions go on; an
     * administrator's reset is what ends sessions.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeMyPassword(String currentPassword, String newPassword) {
        SignedInUser user = currentUser.require();
        Credentials credentials = accounts.credentials(user.accountId()).orElseThrow(ConcurrentChangeException::new);
        Checks checks = new Checks();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, credentials.passwordHash())) {
            checks.add("currentPassword", "account.error.currentPassword");
        }
        PasswordRules.check(checks, "newPassword", credentials.username(), newPassword);
        if (currentPassword != null && currentPassword.equals(newPassword)) {
            checks.add("newPassword", "account.error.passwordUnchanged");
        }
        checks.throwIfAny();
        ConcurrentChangeException.requireOneRow(accounts.setPassword(user.accountId(), null,
                passwordEncoder.encode(newPassword), false, now(), false));
        audit.record(AuditRecord.of(AuditAction.PASSWORD_CHANGE, ENTITY, user.accountId(), user.username()));
    }

    /** The user's own recent sign-ins, failed sign-ins and locks, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<SignInEvent> mySignIns(int limit) {
        return audit.mySignInEvents(limit);
    }

    // --- administration --------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    @RolesAllowed(Role.ADMIN_NAME)
    public int countAccounts(String filter) {
        return accounts.count(filter);
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Role.ADMIN_NAME)
    public List<AccountSummary> findAccounts(String filter, int offset, int limit) {
        return accounts.page(filter, now(), offset, limit);
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Role.ADMIN_NAME)
    public Optional<AccountDetails> findAccount(long id) {
        return accounts.find(id, now());
    }

    /** People without an account, for the new-account form. */
    @Transactional(readOnly = true)
    @RolesAllowed(Role.ADMIN_NAME)
    public List<PersonRef> findPeopleWithoutAccount(String filter, int offset, int limit) {
        return accounts.peopleWithoutAccount(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Role.ADMIN_NAME)
    public int countPeopleWithoutAccount(String filter) {
        return accounts.countPeopleWithoutAccount(filter);
    }

    /**
     * Creates an account with the given password. Administrators only.
     *
     * @throws ValidationException with message keys ({@code account.error.*}) when the input is not valid
     */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public long createAccount(long personId, String username, String rawPassword, String language, Set<Role> roles) {
        Checks checks = new Checks();
        checkNewAccount(checks, personId, username, language, roles);
        PasswordRules.check(checks, "password", username, rawPassword);
        checks.throwIfAny();
        return insert(personId, username, passwordEncoder.encode(rawPassword), language, roles, false, false);
    }

    /**
     * Creates an account with a temporary password, shown once to the administrator; the user chooses their own at
     * the first sign-in.
     */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public NewAccount createAccount(AccountDraft draft) {
        Checks checks = new Checks().addAll(BeanChecks.of(validator, draft));
        checkNewAccount(checks, draft.getPersonId(), draft.getUsername(), draft.getLanguage(), draft.getRoles());
        checks.throwIfAny();
        String temporary = PasswordRules.temporary(draft.getUsername());
        long id = insert(draft.getPersonId(), draft.getUsername(), passwordEncoder.encode(temporary),
                draft.getLanguage(), draft.getRoles(), true, false);
        return new NewAccount(id, draft.getUsername(), temporary);
    }

    /**
     * Creates a demo account with the well-known demo password, which the password rules would refuse: for the demo
     * loader only. Such accounts are marked, and disabled at a start without demo mode.
     */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public long createDemoAccount(long personId, String username, String language, Set<Role> roles) {
        Checks checks = new Checks();
        checkNewAccount(checks, personId, username, language, roles);
        checks.throwIfAny();
        return insert(personId, username, passwordEncoder.encode(DEMO_PASSWORD), language, roles, false, true);
    }

    /** The rules of a new account; a field that already has an error (from the form's constraints) is skipped. */
    private void checkNewAccount(Checks checks, Long personId, String username, String language, Set<Role> roles) {
        if (!checks.hasErrorFor("username")) {
            if (username == null || !USERNAME.matcher(username).matches()) {
                checks.add("username", "account.error.username");
            } else if (accounts.usernameExists(username)) {
                checks.add("username", "account.error.usernameTaken");
            }
        }
        if (!checks.hasErrorFor("language")) {
            checks.require(LANGUAGES.contains(language), "language", "account.error.language");
        }
        if (!checks.hasErrorFor("roles")) {
            checks.require(roles != null && !roles.isEmpty(), "roles", "account.error.roles");
        }
        if (!checks.hasErrorFor("personId")) {
            if (personId == null || !accounts.personExists(personId)) {
                checks.add("personId", "account.error.person");
            } else if (accounts.personHasAccount(personId)) {
                checks.add("personId", "account.error.personHasAccount");
            }
        }
    }

    private long insert(long personId, String username, String hash, String language, Set<Role> roles,
            boolean mustChange, boolean demo) {
        long id = accounts.insert(personId, username, hash, language, roles, mustChange, demo);
        AuditRecord record = AuditRecord.of(AuditAction.ACCOUNT_CREATE, ENTITY, id, username)
                .change("account.username", null, username).change("account.language", null, language);
        roles(record, EnumSet.noneOf(Role.class), roles);
        audit.record(record);
        return id;
    }

    /** One change per role added or removed, so that the history names each role in the reader's language. */
    private static void roles(AuditRecord record, Set<Role> before, Set<Role> after) {
        for (Role role : Role.values()) {
            if (before.contains(role) != after.contains(role)) {
                record.change("account.roles", "role.", before.contains(role) ? role : null,
                        after.contains(role) ? role : null);
            }
        }
    }

    /** New roles and language; changed roles end the account's open sessions. */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public void updateAccount(long id, int version, Set<Role> roles, String language) {
        AccountDetails before = accounts.find(id, now()).orElseThrow(ConcurrentChangeException::new);
        Checks checks = new Checks();
        checks.require(roles != null && !roles.isEmpty(), "roles", "account.error.roles");
        checks.require(LANGUAGES.contains(language), "language", "account.error.language");
        boolean self = id == currentUser.require().accountId();
        checks.require(!self || roles == null || roles.contains(Role.ADMIN), "roles", "account.error.selfAdmin");
        checks.throwIfAny();
        Set<Role> after = EnumSet.copyOf(roles);
        boolean rolesChanged = !after.equals(before.roles().isEmpty() ? EnumSet.noneOf(Role.class)
                : EnumSet.copyOf(before.roles()));
        ConcurrentChangeException.requireOneRow(accounts.update(id, version, after, language, rolesChanged));
        AuditRecord record = AuditRecord.of(AuditAction.ACCOUNT_UPDATE, ENTITY, id, before.username())
                .change("account.language", before.preferredLanguage(), language);
        roles(record, before.roles(), after);
        if (record.hasChanges()) {
            audit.record(record);
        }
    }

    /** Disables or enables an account; a disabled account cannot sign in and its open sessions end. */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public void setEnabled(long id, int version, boolean enabled) {
        AccountDetails before = accounts.find(id, now()).orElseThrow(ConcurrentChangeException::new);
        if (!enabled && id == currentUser.require().accountId()) {
            throw ValidationException.of(null, "account.error.selfDisable");
        }
        ConcurrentChangeException.requireOneRow(accounts.setEnabled(id, version, enabled));
        audit.record(AuditRecord.of(enabled ? AuditAction.ACCOUNT_ENABLE : AuditAction.ACCOUNT_DISABLE, ENTITY, id,
                before.username()).change("account.enabled", "yesNo.", yesNo(before.enabled()), yesNo(enabled)));
    }

    /**
     * Gives the account a new temporary password, shown once to the administrator; the user must choose their own at
     * the next sign-in, and the account's open sessions end.
     */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public NewAccount resetPassword(long id, int version) {
        AccountDetails before = accounts.find(id, now()).orElseThrow(ConcurrentChangeException::new);
        String temporary = PasswordRules.temporary(before.username());
        ConcurrentChangeException.requireOneRow(accounts.setPassword(id, version, passwordEncoder.encode(temporary),
                true, now(), true));
        audit.record(AuditRecord.of(AuditAction.PASSWORD_RESET, ENTITY, id, before.username())
                .change("account.mustChangePassword", "yesNo.", yesNo(before.mustChangePassword()), yesNo(true)));
        return new NewAccount(id, before.username(), temporary);
    }

    /** Lifts a lock that failed sign-ins put on the account. */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public void unlock(long id) {
        AccountDetails account = accounts.find(id, now()).orElseThrow(ConcurrentChangeException::new);
        if (signIn.clearFailures(account.username())) {
            audit.record(AuditRecord.of(AuditAction.ACCOUNT_UNLOCK, ENTITY, id, account.username()));
        }
    }

    private static String yesNo(boolean value) {
        return value ? "YES" : "NO";
    }

    // --- demo passwords --------------------------------------------------------------------------------------------

    /**
     * Finds out, once, which accounts made before accounts were marked still have the demo password: one password check
     * per such account.
     */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public void markDemoPasswords() {
        for (Credentials account : accounts.withUnknownDemoFlag()) {
            accounts.setDemoFlag(account.accountId(), passwordEncoder.matches(DEMO_PASSWORD, account.passwordHash()));
        }
    }

    /**
     * Disables every enabled account that still has the demo password, for a start without demo mode.
     *
     * @return the usernames disabled
     */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public List<String> disableDemoPasswordAccounts() {
        markDemoPasswords();
        List<Credentials> demo = accounts.enabledWithDemoPassword();
        for (Credentials account : demo) {
            accounts.setEnabled(account.username(), false);
            audit.record(AuditRecord.of(AuditAction.ACCOUNT_DISABLE, ENTITY, account.accountId(), account.username())
                    .change("account.enabled", "yesNo.", yesNo(true), yesNo(false)));
        }
        if (!demo.isEmpty()) {
            log.info("Demo mode is off: disabled {} accounts that still had the demo password: {}", demo.size(),
                    demo.stream().map(Credentials::username).toList());
        }
        return demo.stream().map(Credentials::username).toList();
    }
}
