package se.samverkan.organisation;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import se.samverkan.base.security.CurrentUser;
import se.samverkan.base.security.Role;
import se.samverkan.base.security.UserPreferences;

/** User accounts: sign-in, language preference and the administrators' list. */
@Service
public class AccountService implements UserDetailsService, UserPreferences {

    private static final Set<String> LANGUAGES = Set.of("sv", "en");
    /** The same rule as the database's ck_user_account_username. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,60}");

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findForSignIn(username == null ? "" : username.trim().toLowerCase())
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

    @Transactional(readOnly = true)
    @RolesAllowed(Role.ADMIN_NAME)
    public int countAccounts(String filter) {
        return accounts.count(filter);
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Role.ADMIN_NAME)
    public List<AccountSummary> findAccounts(String filter, int offset, int limit) {
        return accounts.page(filter, offset, limit);
    }

    /**
     * Creates an account with a hashed password. Administrators only; the demo loader acts as one.
     *
     * @throws IllegalArgumentException with a message key ({@code account.error.*}) when the input is not valid
     */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public long createAccount(long personId, String username, String rawPassword, String language, Set<Role> roles) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("account.error.username");
        }
        if (rawPassword == null || rawPassword.isBlank()) {
            throw new IllegalArgumentException("account.error.password");
        }
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("account.error.language");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("account.error.roles");
        }
        if (accounts.usernameExists(username)) {
            throw new IllegalArgumentException("account.error.usernameTaken");
        }
        return accounts.insert(personId, username, passwordEncoder.encode(rawPassword), language, roles);
    }
}
