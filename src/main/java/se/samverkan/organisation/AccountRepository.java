package se.samverkan.organisation;

import static se.samverkan.db.Tables.ORGANISATION;
import static se.samverkan.db.Tables.PERSON;
import static se.samverkan.db.Tables.SIGN_IN_THROTTLE;
import static se.samverkan.db.Tables.SSO_IDENTITY;
import static se.samverkan.db.Tables.USER_ACCOUNT;
import static se.samverkan.db.Tables.USER_ROLE;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import se.samverkan.base.db.Filters;
import se.samverkan.base.security.Role;
import se.samverkan.base.security.SignedInUser;

@Repository
class AccountRepository {

    private final DSLContext dsl;

    AccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // --- signing in ------------------------------------------------------------------------------------------------

    Optional<SignedInUser> findForSignIn(String username) {
        return dsl.select(USER_ACCOUNT.ID, USER_ACCOUNT.PERSON_ID, USER_ACCOUNT.USERNAME, USER_ACCOUNT.ENABLED,
                        PERSON.DISPLAY_NAME, ORGANISATION.ID, ORGANISATION.NAME, USER_ACCOUNT.PREFERRED_LANGUAGE,
                        USER_ACCOUNT.SECURITY_STAMP)
                .from(USER_ACCOUNT)
                .join(PERSON).on(PERSON.ID.eq(USER_ACCOUNT.PERSON_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .where(USER_ACCOUNT.USERNAME.eq(username))
                .fetchOptional(r -> new SignedInUser(r.value1(), r.value2(), r.value3(),
                        Boolean.TRUE.equals(r.value4()), r.value5(), r.value6(), r.value7(), r.value8(),
                        roles(r.value1()), r.value9()));
    }

    /** What a password check needs, and nothing leaves the sign-in step with it. */
    Optional<Credentials> credentials(String username) {
        return dsl.select(USER_ACCOUNT.ID, USER_ACCOUNT.USERNAME, USER_ACCOUNT.PASSWORD_HASH, USER_ACCOUNT.ENABLED)
                .from(USER_ACCOUNT)
                .where(USER_ACCOUNT.USERNAME.eq(username))
                .fetchOptional(r -> new Credentials(r.value1(), r.value2(), r.value3(), Boolean.TRUE.equals(r.value4())));
    }

    Optional<Credentials> credentials(long accountId) {
        return dsl.select(USER_ACCOUNT.ID, USER_ACCOUNT.USERNAME, USER_ACCOUNT.PASSWORD_HASH, USER_ACCOUNT.ENABLED)
                .from(USER_ACCOUNT)
                .where(USER_ACCOUNT.ID.eq(accountId))
                .fetchOptional(r -> new Credentials(r.value1(), r.value2(), r.value3(), Boolean.TRUE.equals(r.value4())));
    }

    Set<Role> roles(long accountId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        dsl.select(USER_ROLE.ROLE).from(USER_ROLE).where(USER_ROLE.USER_ACCOUNT_ID.eq(accountId))
                .forEach(r -> roles.add(Role.valueOf(r.value1())));
        return roles;
    }

    void recordSignIn(long accountId, LocalDateTime at) {
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.LAST_SIGN_IN_AT, at).where(USER_ACCOUNT.ID.eq(accountId)).execute();
    }

    /** True while the account is enabled and its stamp is still the given one. */
    boolean isCurrent(long accountId, int stamp) {
        return dsl.fetchExists(USER_ACCOUNT, USER_ACCOUNT.ID.eq(accountId), USER_ACCOUNT.ENABLED.isTrue(),
                USER_ACCOUNT.SECURITY_STAMP.eq(stamp));
    }

    boolean mustChangePassword(long accountId) {
        return Boolean.TRUE.equals(dsl.fetchValue(USER_ACCOUNT.MUST_CHANGE_PASSWORD, USER_ACCOUNT.ID.eq(accountId)));
    }

    // --- administration --------------------------------------------------------------------------------------------

    boolean usernameExists(String username) {
        return dsl.fetchExists(USER_ACCOUNT, USER_ACCOUNT.USERNAME.eq(username));
    }

    boolean personHasAccount(long personId) {
        return dsl.fetchExists(USER_ACCOUNT, USER_ACCOUNT.PERSON_ID.eq(personId));
    }

    boolean personExists(long personId) {
        return dsl.fetchExists(PERSON, PERSON.ID.eq(personId));
    }

    long insert(long personId, String username, String passwordHash, String language, Set<Role> roles) {
        return insert(personId, username, passwordHash, language, roles, false, false);
    }

    long insert(long personId, String username, String passwordHash, String language, Set<Role> roles,
            boolean mustChangePassword, boolean demoPassword) {
        long id = dsl.insertInto(USER_ACCOUNT)
                .set(USER_ACCOUNT.PERSON_ID, personId)
                .set(USER_ACCOUNT.USERNAME, username)
                .set(USER_ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(USER_ACCOUNT.ENABLED, true)
                .set(USER_ACCOUNT.PREFERRED_LANGUAGE, language)
                .set(USER_ACCOUNT.MUST_CHANGE_PASSWORD, mustChangePassword)
                .set(USER_ACCOUNT.DEMO_PASSWORD, demoPassword)
                .returningResult(USER_ACCOUNT.ID)
                .fetchSingle().value1();
        insertRoles(id, roles);
        return id;
    }

    private void insertRoles(long accountId, Set<Role> roles) {
        for (Role role : roles) {
            dsl.insertInto(USER_ROLE).set(USER_ROLE.USER_ACCOUNT_ID, accountId).set(USER_ROLE.ROLE, role.name())
                    .execute();
        }
    }

    void updateLanguage(long accountId, String language) {
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.PREFERRED_LANGUAGE, language)
                .set(USER_ACCOUNT.VERSION, USER_ACCOUNT.VERSION.plus(1))
                .where(USER_ACCOUNT.ID.eq(accountId)).execute();
    }

    void setEnabled(String username, boolean enabled) {
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.ENABLED, enabled)
                .set(USER_ACCOUNT.VERSION, USER_ACCOUNT.VERSION.plus(1))
                .set(USER_ACCOUNT.SECURITY_STAMP, USER_ACCOUNT.SECURITY_STAMP.plus(1))
                .where(USER_ACCOUNT.USERNAME.eq(username)).execute();
    }

    /** Enables or disables the account if it still has the version; ends its sessions. */
    int setEnabled(long accountId, int version, boolean enabled) {
        return dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.ENABLED, enabled)
                .set(USER_ACCOUNT.VERSION, USER_ACCOUNT.VERSION.plus(1))
                .set(USER_ACCOUNT.SECURITY_STAMP, USER_ACCOUNT.SECURITY_STAMP.plus(1))
                .where(USER_ACCOUNT.ID.eq(accountId), USER_ACCOUNT.VERSION.eq(version)).execute();
    }

    /** New roles and language if the account still has the version; new roles end its sessions. */
    int update(long accountId, int version, Set<Role> roles, String language, boolean rolesChanged) {
        int rows = dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.PREFERRED_LANGUAGE, language)
                .set(USER_ACCOUNT.VERSION, USER_ACCOUNT.VERSION.plus(1))
                .set(USER_ACCOUNT.SECURITY_STAMP, USER_ACCOUNT.SECURITY_STAMP.plus(rolesChanged ? 1 : 0))
                .where(USER_ACCOUNT.ID.eq(accountId), USER_ACCOUNT.VERSION.eq(version)).execute();
        if (rows == 1 && rolesChanged) {
            dsl.deleteFrom(USER_ROLE).where(USER_ROLE.USER_ACCOUNT_ID.eq(accountId)).execute();
            insertRoles(accountId, roles);
        }
        return rows;
    }

    /**
     * A new password hash. {@code endSessions} moves the stamp on (an administrator's reset); a user changing their own
     * password keeps the session they are in. Only a change with a version (an administrator's) moves the version on:
     * the version guards what administrators edit, and a user choosing their own password is no conflict with an
     * administrator disabling the account meanwhile.
     */
    int setPassword(long accountId, Integer version, String hash, boolean mustChange, LocalDateTime at,
            boolean endSessions) {
        Condition versionMatches = version == null ? DSL.noCondition() : USER_ACCOUNT.VERSION.eq(version);
        return dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.PASSWORD_HASH, hash)
                .set(USER_ACCOUNT.MUST_CHANGE_PASSWORD, mustChange)
                .set(USER_ACCOUNT.DEMO_PASSWORD, false)
                .set(USER_ACCOUNT.PASSWORD_CHANGED_AT, at)
                .set(USER_ACCOUNT.VERSION, version == null ? USER_ACCOUNT.VERSION : USER_ACCOUNT.VERSION.plus(1))
                .set(USER_ACCOUNT.SECURITY_STAMP, USER_ACCOUNT.SECURITY_STAMP.plus(endSessions ? 1 : 0))
                .where(USER_ACCOUNT.ID.eq(accountId)).and(versionMatches).execute();
    }

    Optional<AccountDetails> find(long accountId, LocalDateTime now) {
        Field<LocalDateTime> lockedUntil = lockedUntil(now);
        Field<Boolean> ssoLinked = DSL.field(DSL.exists(DSL.selectOne().from(SSO_IDENTITY)
                .where(SSO_IDENTITY.USER_ACCOUNT_ID.eq(USER_ACCOUNT.ID))));
        return dsl.select(USER_ACCOUNT.ID, USER_ACCOUNT.USERNAME, USER_ACCOUNT.PERSON_ID, PERSON.DISPLAY_NAME,
                        PERSON.EMAIL, ORGANISATION.NAME, USER_ACCOUNT.ENABLED, USER_ACCOUNT.PREFERRED_LANGUAGE,
                        USER_ACCOUNT.MUST_CHANGE_PASSWORD, lockedUntil, USER_ACCOUNT.LAST_SIGN_IN_AT,
                        USER_ACCOUNT.PASSWORD_CHANGED_AT, USER_ACCOUNT.CREATED_AT, ssoLinked, USER_ACCOUNT.VERSION)
                .from(USER_ACCOUNT)
                .join(PERSON).on(PERSON.ID.eq(USER_ACCOUNT.PERSON_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .where(USER_ACCOUNT.ID.eq(accountId))
                .fetchOptional(r -> new AccountDetails(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), Boolean.TRUE.equals(r.value7()), r.value8(), Boolean.TRUE.equals(r.value9()),
                        r.value10(), r.value11(), r.value12(), r.value13(), Boolean.TRUE.equals(r.value14()),
                        roles(accountId), r.value15()));
    }

    /** Until when the account's username is locked after failed sign-ins, or null. */
    private static Field<LocalDateTime> lockedUntil(LocalDateTime now) {
        return DSL.field(DSL.select(SIGN_IN_THROTTLE.BLOCKED_UNTIL).from(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.SUBJECT_KIND.eq(SignInThrottleRepository.ACCOUNT),
                        // the throttle knows usernames by their SHA-256 only (SignInService.subjectOf)
                        SIGN_IN_THROTTLE.SUBJECT.eq(DSL.field("SHA2({0}, 256)", String.class, USER_ACCOUNT.USERNAME)),
                        SIGN_IN_THROTTLE.LOCKED.isTrue(), SIGN_IN_THROTTLE.BLOCKED_UNTIL.gt(now)));
    }

    int count(String filter) {
        return dsl.fetchCount(dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT)
                .join(PERSON).on(PERSON.ID.eq(USER_ACCOUNT.PERSON_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .where(matches(filter)));
    }

    List<AccountSummary> page(String filter, LocalDateTime now, int offset, int limit) {
        var roles = DSL.select(DSL.groupConcat(USER_ROLE.ROLE).orderBy(USER_ROLE.ROLE).separator(","))
                .from(USER_ROLE).where(USER_ROLE.USER_ACCOUNT_ID.eq(USER_ACCOUNT.ID)).asField("roles");
        return dsl.select(USER_ACCOUNT.ID, USER_ACCOUNT.USERNAME, PERSON.DISPLAY_NAME, PERSON.EMAIL, ORGANISATION.NAME,
                        USER_ACCOUNT.ENABLED, roles, lockedUntil(now))
                .from(USER_ACCOUNT)
                .join(PERSON).on(PERSON.ID.eq(USER_ACCOUNT.PERSON_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .where(matches(filter))
                .orderBy(USER_ACCOUNT.USERNAME)
                .offset(offset).limit(limit)
                .fetch(r -> new AccountSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        Boolean.TRUE.equals(r.value6()), parseRoles((String) r.value7()), r.value8()));
    }

    /** People who have no account yet, by name: whom an administrator can make an account for. */
    List<PersonRef> peopleWithoutAccount(String filter, int offset, int limit) {
        return dsl.select(PERSON.ID, PERSON.DISPLAY_NAME, PERSON.EMAIL, PERSON.TITLE, ORGANISATION.ID,
                        ORGANISATION.NAME, PERSON.ACTIVE)
                .from(PERSON).join(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .where(Filters.containsIgnoreCase(filter, PERSON.DISPLAY_NAME, PERSON.EMAIL, ORGANISATION.NAME))
                .and(DSL.notExists(DSL.selectOne().from(USER_ACCOUNT).where(USER_ACCOUNT.PERSON_ID.eq(PERSON.ID))))
                .orderBy(PERSON.DISPLAY_NAME, PERSON.ID)
                .offset(offset).limit(limit)
                .fetch(r -> new PersonRef(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        Boolean.TRUE.equals(r.value7())));
    }

    int countPeopleWithoutAccount(String filter) {
        return dsl.fetchCount(dsl.select(PERSON.ID)
                .from(PERSON).join(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .where(Filters.containsIgnoreCase(filter, PERSON.DISPLAY_NAME, PERSON.EMAIL, ORGANISATION.NAME))
                .and(DSL.notExists(DSL.selectOne().from(USER_ACCOUNT).where(USER_ACCOUNT.PERSON_ID.eq(PERSON.ID)))));
    }

    // --- demo passwords --------------------------------------------------------------------------------------------

    /** Accounts made before the demo flag existed: whether they still have the demo password is not known yet. */
    List<Credentials> withUnknownDemoFlag() {
        return dsl.select(USER_ACCOUNT.ID, USER_ACCOUNT.USERNAME, USER_ACCOUNT.PASSWORD_HASH, USER_ACCOUNT.ENABLED)
                .from(USER_ACCOUNT).where(USER_ACCOUNT.DEMO_PASSWORD.isNull())
                .fetch(r -> new Credentials(r.value1(), r.value2(), r.value3(), Boolean.TRUE.equals(r.value4())));
    }

    void setDemoFlag(long accountId, boolean demoPassword) {
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.DEMO_PASSWORD, demoPassword).where(USER_ACCOUNT.ID.eq(accountId))
                .execute();
    }

    /** Enabled accounts that still have the demo password. */
    List<Credentials> enabledWithDemoPassword() {
        return dsl.select(USER_ACCOUNT.ID, USER_ACCOUNT.USERNAME, USER_ACCOUNT.PASSWORD_HASH, USER_ACCOUNT.ENABLED)
                .from(USER_ACCOUNT).where(USER_ACCOUNT.DEMO_PASSWORD.isTrue(), USER_ACCOUNT.ENABLED.isTrue())
                .orderBy(USER_ACCOUNT.USERNAME)
                .fetch(r -> new Credentials(r.value1(), r.value2(), r.value3(), Boolean.TRUE.equals(r.value4())));
    }

    // --- single sign-on ---------------------------------------------------------------------------------------------

    Optional<Long> accountOfIdentity(String issuer, String subject) {
        return dsl.select(SSO_IDENTITY.USER_ACCOUNT_ID).from(SSO_IDENTITY)
                .where(SSO_IDENTITY.ISSUER.eq(issuer), SSO_IDENTITY.SUBJECT.eq(subject))
                .fetchOptional(r -> r.value1());
    }

    void linkIdentity(String issuer, String subject, long accountId, LocalDateTime at) {
        dsl.insertInto(SSO_IDENTITY).set(SSO_IDENTITY.ISSUER, issuer).set(SSO_IDENTITY.SUBJECT, subject)
                .set(SSO_IDENTITY.USER_ACCOUNT_ID, accountId).set(SSO_IDENTITY.LINKED_AT, at).execute();
    }

    /** The person with this e-mail address (compared without regard to case) and their account, if any. */
    Optional<PersonAccount> personByEmail(String email) {
        return dsl.select(PERSON.ID, USER_ACCOUNT.ID, USER_ACCOUNT.USERNAME)
                .from(PERSON).leftJoin(USER_ACCOUNT).on(USER_ACCOUNT.PERSON_ID.eq(PERSON.ID))
                .where(DSL.lower(PERSON.EMAIL).eq(email.toLowerCase(java.util.Locale.ROOT)))
                .fetchOptional(r -> new PersonAccount(r.value1(), r.value2(), r.value3()));
    }

    long insertPerson(String displayName, String email, long organisationId) {
        return dsl.insertInto(PERSON).set(PERSON.DISPLAY_NAME, displayName).set(PERSON.EMAIL, email)
                .set(PERSON.ORGANISATION_ID, organisationId)
                .returningResult(PERSON.ID).fetchSingle().value1();
    }

    Optional<Long> organisationByName(String name) {
        return dsl.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.NAME.eq(name))
                .fetchOptional(r -> r.value1());
    }

    void replaceRoles(long accountId, Set<Role> roles) {
        dsl.deleteFrom(USER_ROLE).where(USER_ROLE.USER_ACCOUNT_ID.eq(accountId)).execute();
        insertRoles(accountId, roles);
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.VERSION, USER_ACCOUNT.VERSION.plus(1))
                .set(USER_ACCOUNT.SECURITY_STAMP, USER_ACCOUNT.SECURITY_STAMP.plus(1))
                .where(USER_ACCOUNT.ID.eq(accountId)).execute();
    }

    record PersonAccount(long personId, Long accountId, String username) {
    }

    private static Set<Role> parseRoles(String csv) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (csv != null && !csv.isBlank()) {
            for (String role : csv.split(",")) {
                roles.add(Role.valueOf(role));
            }
        }
        return roles;
    }

    private static Condition matches(String filter) {
        return Filters.containsIgnoreCase(filter, USER_ACCOUNT.USERNAME, PERSON.DISPLAY_NAME, ORGANISATION.NAME);
    }
}
