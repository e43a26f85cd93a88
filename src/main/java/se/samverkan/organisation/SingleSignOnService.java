package se.samverkan.organisation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.audit.AuditAction;
import se.samverkan.audit.AuditRecord;
import se.samverkan.audit.AuditService;
import se.samverkan.base.security.Role;
import se.samverkan.base.security.SignedInUser;

/**
 * Single sign-on through an OpenID Connect provider, beside the local accounts. The first sign-in of an identity
 * (issuer and subject) links it to the account of the person with the same verified e-mail address; later sign-ins
 * find the account by the identity. An unknown person is refused, or, where the provider is so configured, created with
 * the VIEWER role. Roles stay those given in Samverkan unless the provider maps a groups claim to roles. Every sign-in,
 * refusal and link goes to the audit log.
 */
@Service
@EnableConfigurationProperties(SingleSignOnProperties.class)
public class SingleSignOnService {

    private static final Logger log = LoggerFactory.getLogger(SingleSignOnService.class);

    private final AccountRepository accounts;
    private final AuditService audit;
    private final PasswordEncoder passwordEncoder;
    private final SingleSignOnProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SingleSignOnService(AccountRepository accounts, AuditService audit, PasswordEncoder passwordEncoder,
            SingleSignOnProperties properties, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The account a provider's sign-in stands for.
     *
     * @throws SingleSignOnRefusedException when Samverkan does not let this person in
     */
    @Transactional(noRollbackFor = SingleSignOnRefusedException.class)
    public SignedInUser signIn(String registrationId, String issuer, String subject, String email,
            boolean emailVerified, String name, Map<String, Object> claims) {
        SingleSignOnProperties.Provider provider = properties.provider(registrationId);
        LocalDateTime now = LocalDateTime.now(clock);
        Long accountId = accounts.accountOfIdentity(issuer, subject).orElse(null);
        if (accountId == null) {
            accountId = link(registrationId, provider, issuer, subject, email, emailVerified, name, now);
        }
        Credentials account = accounts.credentials(accountId).orElseThrow();
        if (!account.enabled()) {
            throw refused("disabled", registrationId, accountId, account.username());
        }
        if (!provider.roleMapping().isEmpty()) {
            followGroups(registrationId, provider, account, claims);
        }
        accounts.recordSignIn(accountId, now);
        audit.recordAs(AuditRecord.of(AuditAction.SIGN_IN, AccountService.ENTITY, accountId, account.username())
                .change("signIn.provider", null, registrationId), accountId, account.username());
        return accounts.findForSignIn(account.username()).orElseThrow();
    }

    private long link(String registrationId, SingleSignOnProperties.Provider provider, String issuer, String subject,
            String email, boolean emailVerified, String name, LocalDateTime now) {
        if (email == null || email.isBlank() || !emailVerified) {
            throw refused("unverified", registrationId, null, null);
        }
        AccountRepository.PersonAccount person = accounts.personByEmail(email.strip()).orElse(null);
        long accountId;
        if (person != null && person.accountId() != null) {
            accountId = person.accountId();
        } else if (provider.createUnknown()) {
            accountId = create(registrationId, provider, person, email.strip(), name);
        } else {
            throw refused("unknown", registrationId, null, null);
        }
        accounts.linkIdentity(issuer, subject, accountId, now);
        String username = accounts.credentials(accountId).orElseThrow().username();
        audit.recordAs(AuditRecord.of(AuditAction.ACCOUNT_UPDATE, AccountService.ENTITY, accountId, username)
                .change("account.sso", "yesNo.", "NO", "YES").change("signIn.provider", null, registrationId),
                accountId, username);
        return accountId;
    }

    /** A person (unless one exists without an account) and an account with the VIEWER role and no usable password. */
    private long create(String registrationId, SingleSignOnProperties.Provider provider,
            AccountRepository.PersonAccount existing, String email, String name) {
        long personId;
        if (existing != null) {
            personId = existing.personId();
        } else {
            Long organisation = provider.organisation() == null ? null
                    : accounts.organisationByName(provider.organisation()).orElse(null);
            if (organisation == null) {
                log.warn("Single sign-on {}: samverkan.sso.providers.{}.organisation names no organisation; "
                        + "unknown people are refused", registrationId, registrationId);
                throw refused("unknown", registrationId, null, null);
            }
            String displayName = name == null || name.isBlank() ? email : name.strip();
            personId = accounts.insertPerson(displayName.length() > 120 ? displayName.substring(0, 120) : displayName,
                    email, organisation);
        }
        String username = freeUsername(email);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        // nobody knows this password: the account signs in through its provider only, until an administrator resets it
        long id = accounts.insert(personId, username,
                passwordEncoder.encode(Base64.getEncoder().encodeToString(secret)), "sv", EnumSet.of(Role.VIEWER),
                false, false);
        audit.recordAs(AuditRecord.of(AuditAction.ACCOUNT_CREATE, AccountService.ENTITY, id, username)
                .change("account.username", null, username).change("account.roles", "role.", null, Role.VIEWER)
                .change("signIn.provider", null, registrationId), id, username);
        return id;
    }

    /** The e-mail address's local part as the username rule allows it, numbered when taken. */
    private String freeUsername(String email) {
        String local = email.substring(0, Math.max(0, email.indexOf('@'))).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]", "");
        String base = local.length() < 2 ? "sso-" + local : local.length() > 55 ? local.substring(0, 55) : local;
        String candidate = base;
        for (int n = 2; accounts.usernameExists(candidate); n++) {
            candidate = base + n;
        }
        return candidate;
    }

    private void followGroups(String registrationId, SingleSignOnProperties.Provider provider, Credentials account,
            Map<String, Object> claims) {
        Set<Role> mapped = EnumSet.noneOf(Role.class);
        if (claims.get(provider.groupsClaim()) instanceof Collection<?> groups) {
            for (Object group : groups) {
                Role role = provider.roleMapping().get(String.valueOf(group));
                if (role != null) {
                    mapped.add(role);
                }
            }
        }
        if (mapped.isEmpty()) {
            throw refused("noRole", registrationId, account.accountId(), account.username());
        }
        Set<Role> current = accounts.roles(account.accountId());
        if (!mapped.equals(current)) {
            accounts.replaceRoles(account.accountId(), mapped);
            AuditRecord record = AuditRecord.of(AuditAction.ACCOUNT_UPDATE, AccountService.ENTITY,
                    account.accountId(), account.username()).change("signIn.provider", null, registrationId);
            for (Role role : Role.values()) {
                if (current.contains(role) != mapped.contains(role)) {
                    record.change("account.roles", "role.", current.contains(role) ? role : null,
                            mapped.contains(role) ? role : null);
                }
            }
            audit.recordAs(record, account.accountId(), account.username());
        }
    }

    private SingleSignOnRefusedException refused(String reason, String registrationId, Long accountId,
            String username) {
        audit.recordAs(AuditRecord.of(AuditAction.SIGN_IN_FAILURE, AccountService.ENTITY, accountId, username)
                .change("signIn.provider", null, registrationId).change("signIn.refusal", null, reason), null, null);
        return new SingleSignOnRefusedException(reason);
    }
}
