package se.samverkan.organisation;

import static se.samverkan.db.Tables.ORGANISATION;
import static se.samverkan.db.Tables.PERSON;
import static se.samverkan.db.Tables.USER_ACCOUNT;
import static se.samverkan.db.Tables.USER_ROLE;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
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

    Optional<SignedInUser> findForSignIn(String username) {
        return dsl.select(USER_ACCOUNT.ID, USER_ACCOUNT.PERSON_ID, USER_ACCOUNT.USERNAME, USER_ACCOUNT.PASSWORD_HASH,
                        USER_ACCOUNT.ENABLED, PERSON.DISPLAY_NAME, ORGANISATION.ID, ORGANISATION.NAME,
                        USER_ACCOUNT.PREFERRED_LANGUAGE)
                .from(USER_ACCOUNT)
                .join(PERSON).on(PERSON.ID.eq(USER_ACCOUNT.PERSON_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .where(USER_ACCOUNT.USERNAME.eq(username))
                .fetchOptional(r -> new SignedInUser(r.value1(), r.value2(), r.value3(), r.value4(),
                        Boolean.TRUE.equals(r.value5()), r.value6(), r.value7(), r.value8(), r.value9(),
                        roles(r.value1())));
    }

    private Set<Role> roles(long accountId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        dsl.select(USER_ROLE.ROLE).from(USER_ROLE).where(USER_ROLE.USER_ACCOUNT_ID.eq(accountId))
                .forEach(r -> roles.add(Role.valueOf(r.value1())));
        return roles;
    }

    boolean usernameExists(String username) {
        return dsl.fetchExists(USER_ACCOUNT, USER_ACCOUNT.USERNAME.eq(username));
    }

    long insert(long personId, String username, String passwordHash, String language, Set<Role> roles) {
        long id = dsl.insertInto(USER_ACCOUNT)
                .set(USER_ACCOUNT.PERSON_ID, personId)
                .set(USER_ACCOUNT.USERNAME, username)
                .set(USER_ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(USER_ACCOUNT.ENABLED, true)
                .set(USER_ACCOUNT.PREFERRED_LANGUAGE, language)
                .returningResult(USER_ACCOUNT.ID)
                .fetchSingle().value1();
        for (Role role : roles) {
            dsl.insertInto(USER_ROLE).set(USER_ROLE.USER_ACCOUNT_ID, id).set(USER_ROLE.ROLE, role.name()).execute();
        }
        return id;
    }

    void updateLanguage(long accountId, String language) {
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.PREFERRED_LANGUAGE, language)
                .set(USER_ACCOUNT.VERSION, USER_ACCOUNT.VERSION.plus(1))
                .where(USER_ACCOUNT.ID.eq(accountId)).execute();
    }

    void setEnabled(String username, boolean enabled) {
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.ENABLED, enabled)
                .set(USER_ACCOUNT.VERSION, USER_ACCOUNT.VERSION.plus(1))
                .where(USER_ACCOUNT.USERNAME.eq(username)).execute();
    }

    int count(String filter) {
        return dsl.fetchCount(dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT)
                .join(PERSON).on(PERSON.ID.eq(USER_ACCOUNT.PERSON_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .where(matches(filter)));
    }

    List<AccountSummary> page(String filter, int offset, int limit) {
        var roles = DSL.select(DSL.groupConcat(USER_ROLE.ROLE).orderBy(USER_ROLE.ROLE).separator(","))
                .from(USER_ROLE).where(USER_ROLE.USER_ACCOUNT_ID.eq(USER_ACCOUNT.ID)).asField("roles");
        return dsl.select(USER_ACCOUNT.ID, USER_ACCOUNT.USERNAME, PERSON.DISPLAY_NAME, PERSON.EMAIL, ORGANISATION.NAME,
                        USER_ACCOUNT.ENABLED, roles)
                .from(USER_ACCOUNT)
                .join(PERSON).on(PERSON.ID.eq(USER_ACCOUNT.PERSON_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .where(matches(filter))
                .orderBy(USER_ACCOUNT.USERNAME)
                .offset(offset).limit(limit)
                .fetch(r -> new AccountSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        Boolean.TRUE.equals(r.value6()), parseRoles((String) r.value7())));
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
