package se.samverkan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.db.Tables.USER_ACCOUNT;
import static se.samverkan.db.Tables.AUDIT_CHANGE;
import static se.samverkan.db.Tables.AUDIT_EVENT;
import static se.samverkan.db.Tables.ORGANISATION;
import static se.samverkan.db.Tables.PERSON;

import java.util.EnumSet;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.IntegrationTest;
import se.samverkan.base.db.ConcurrentChangeException;
import se.samverkan.base.security.Role;
import se.samverkan.base.security.SignedInUser;
import se.samverkan.base.validation.FieldError;
import se.samverkan.base.validation.ValidationException;

/** The account rules and the administrators' changes, each with its audit row; every test rolls back. */
@IntegrationTest
@Transactional
@WithUserDetails(value = "admin", userDetailsServiceBeanName = "accountService")
class AccountServiceTest {

    @Autowired
    AccountService accounts;

    @Autowired
    SignInService signIn;

    @Autowired
    DSLContext dsl;

    private long newPerson(String email) {
        long organisation = dsl.fetchValue(ORGANISATION.ID, ORGANISATION.NAME.eq("Farsta stadsdelsförvaltning"));
        return dsl.insertInto(PERSON).set(PERSON.DISPLAY_NAME, "Lena Provsson").set(PERSON.EMAIL, email)
                .set(PERSON.ORGANISATION_ID, organisation).returningResult(PERSON.ID).fetchSingle().value1();
    }

    private AccountDraft draft(long personId, String username, Role... roles) {
        AccountDraft draft = new AccountDraft();
        draft.setPersonId(personId);
        draft.setUsername(username);
        draft.setRoles(EnumSet.of(roles[0], roles));
        draft.setLanguage("sv");
        return draft;
    }

    /** The audit rows of the account, oldest first: action and the changes as "field:before>after". */
    private List<String> audit(long accountId) {
        return dsl.select(AUDIT_EVENT.ID, AUDIT_EVENT.ACTION).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_TYPE.eq("ACCOUNT"), AUDIT_EVENT.ENTITY_ID.eq(accountId))
                .orderBy(AUDIT_EVENT.ID)
                .fetch(r -> r.value2() + dsl.select(AUDIT_CHANGE.FIELD, AUDIT_CHANGE.BEFORE_VALUE, AUDIT_CHANGE.AFTER_VALUE)
                        .from(AUDIT_CHANGE).where(AUDIT_CHANGE.EVENT_ID.eq(r.value1())).orderBy(AUDIT_CHANGE.POSITION)
                        .fetch(c -> " " + c.value1() + ":" + c.value2() + ">" + c.value3()).stream()
                        .reduce("", String::concat));
    }

    private static List<String> keys(ValidationException e) {
        return e.errors().stream().map(error -> error.field() + "=" + error.messageKey()).toList();
    }

    private SignInResult signInAs(String username, String password) {
        return signIn.signIn(username, password, "192.0.2.10");
    }

    @Test
    void anAdministratorCreatesAnAccountWithATemporaryPasswordThatMustBeChanged() {
        NewAccount created = accounts.createAccount(draft(newPerson("lena@stad.example.se"), "lena", Role.COORDINATOR));

        assertThat(created.temporaryPassword()).hasSize(19).matches("[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}");
        AccountDetails account = accounts.findAccount(created.accountId()).orElseThrow();
        assertThat(account.username()).isEqualTo("lena");
        assertThat(account.roles()).containsExactly(Role.COORDINATOR);
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(account.enabled()).isTrue();
        assertThat(signInAs("lena", created.temporaryPassword())).isInstanceOf(SignInResult.SignedIn.class);
        assertThat(audit(created.accountId())).first().isEqualTo("ACCOUNT_CREATE account.username:null>lena "
                + "account.language:null>sv account.roles:null>COORDINATOR");
    }

    @Test
    void passwordsHaveAtLeastTwelveCharactersAndDoNotContainTheUsername() {
        long person = newPerson("lena@stad.example.se");
        assertThatThrownBy(() -> accounts.createAccount(person, "lena", "kort-losen", "sv", EnumSet.of(Role.VIEWER)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(keys(e)).containsExactly("password=account.error.passwordLength");
                    assertThat(e.errors().getFirst().parameters()).containsExactly(12, 64);
                });
        assertThatThrownBy(() -> accounts.createAccount(person, "lena", "mitt-namn-ar-LENA", "sv",
                EnumSet.of(Role.VIEWER))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(keys(e)).containsExactly("password=account.error.passwordContainsUsername"));
        assertThatThrownBy(() -> accounts.createAccount(person, "lena", "x".repeat(65), "sv", EnumSet.of(Role.VIEWER)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(keys(e)).containsExactly("password=account.error.passwordLength"));
        // twelve characters that are not the username are enough
        long id = accounts.createAccount(person, "lena", "tolv tecken!", "sv", EnumSet.of(Role.VIEWER));
        assertThat(signInAs("lena", "tolv tecken!")).isInstanceOf(SignInResult.SignedIn.class);
        assertThat(accounts.findAccount(id).orElseThrow().mustChangePassword()).isFalse();
    }

    @Test
    void badAccountInputIsRefusedWithEveryProblemAtItsFieldAndNothingIsSaved() {
        int before = accounts.countAccounts(null);
        long stadsPerson = ((SignedInUser) accounts.loadUserByUsername("stad")).personId();
        assertThatThrownBy(() -> accounts.createAccount(stadsPerson, "Ny Användare", "x", "de",
                EnumSet.noneOf(Role.class))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(keys(e)).containsExactlyInAnyOrder("username=account.error.username",
                                "language=account.error.language", "roles=account.error.roles",
                                "personId=account.error.personHasAccount", "password=account.error.passwordLength"));
        assertThatThrownBy(() -> accounts.createAccount(draft(newPerson("ny@stad.example.se"), "polis", Role.VIEWER)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(keys(e)).containsExactly("username=account.error.usernameTaken"));
        AccountDraft empty = new AccountDraft();
        assertThatThrownBy(() -> accounts.createAccount(empty)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("personId", "username", "roles"));
        assertThat(accounts.countAccounts(null)).isEqualTo(before);
    }

    @Test
    void aDisabledAccountCannotSignInAndItsSessionsAreNoLongerCurrent() {
        NewAccount created = accounts.createAccount(draft(newPerson("lena@stad.example.se"), "lena", Role.VIEWER));
        SignedInUser session = ((SignInResult.SignedIn) signInAs("lena", created.temporaryPassword())).user();
        assertThat(signIn.isCurrent(session.accountId(), session.securityStamp())).isTrue();

        AccountDetails account = accounts.findAccount(created.accountId()).orElseThrow();
        accounts.setEnabled(account.id(), account.version(), false);

        assertThat(signIn.isCurrent(session.accountId(), session.securityStamp())).isFalse();
        assertThat(signInAs("lena", created.temporaryPassword())).isInstanceOf(SignInResult.Refused.class);
        assertThat(audit(account.id())).contains("ACCOUNT_DISABLE account.enabled:YES>NO");

        AccountDetails disabled = accounts.findAccount(account.id()).orElseThrow();
        accounts.setEnabled(disabled.id(), disabled.version(), true);
        assertThat(signInAs("lena", created.temporaryPassword())).isInstanceOf(SignInResult.SignedIn.class);
        assertThat(audit(account.id())).contains("ACCOUNT_ENABLE account.enabled:NO>YES");
    }

    @Test
    void changedRolesEndTheSessionsAndAreAudited() {
        NewAccount created = accounts.createAccount(draft(newPerson("lena@stad.example.se"), "lena", Role.VIEWER));
        SignedInUser session = ((SignInResult.SignedIn) signInAs("lena", created.temporaryPassword())).user();
        AccountDetails account = accounts.findAccount(created.accountId()).orElseThrow();

        // the language alone leaves the sessions alone
        accounts.updateAccount(account.id(), account.version(), EnumSet.of(Role.VIEWER), "en");
        assertThat(signIn.isCurrent(session.accountId(), session.securityStamp())).isTrue();

        AccountDetails english = accounts.findAccount(account.id()).orElseThrow();
        accounts.updateAccount(english.id(), english.version(), EnumSet.of(Role.COORDINATOR, Role.MANAGER), "en");
        assertThat(signIn.isCurrent(session.accountId(), session.securityStamp())).isFalse();
        assertThat(accounts.findAccount(account.id()).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.MANAGER, Role.COORDINATOR);
        assertThat(audit(account.id())).contains("ACCOUNT_UPDATE account.language:sv>en",
                "ACCOUNT_UPDATE account.roles:null>MANAGER account.roles:null>COORDINATOR account.roles:VIEWER>null");
    }

    @Test
    void anEditBasedOnAnOldVersionIsRefused() {
        NewAccount created = accounts.createAccount(draft(newPerson("lena@stad.example.se"), "lena", Role.VIEWER));
        AccountDetails account = accounts.findAccount(created.accountId()).orElseThrow();
        accounts.updateAccount(account.id(), account.version(), EnumSet.of(Role.MANAGER), "sv");

        assertThatThrownBy(() -> accounts.setEnabled(account.id(), account.version(), false))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(accounts.findAccount(account.id()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void aResetGivesANewTemporaryPasswordThatMustBeChangedAndEndsSessions() {
        long id = accounts.createAccount(newPerson("lena@stad.example.se"), "lena", "ett eget lösenord", "sv",
                EnumSet.of(Role.VIEWER));
        SignedInUser session = ((SignInResult.SignedIn) signInAs("lena", "ett eget lösenord")).user();

        NewAccount reset = accounts.resetPassword(id, accounts.findAccount(id).orElseThrow().version());

        assertThat(signIn.isCurrent(session.accountId(), session.securityStamp())).isFalse();
        assertThat(signInAs("lena", "ett eget lösenord")).isInstanceOf(SignInResult.Refused.class);
        assertThat(signInAs("lena", reset.temporaryPassword())).isInstanceOf(SignInResult.SignedIn.class);
        assertThat(accounts.findAccount(id).orElseThrow().mustChangePassword()).isTrue();
        assertThat(audit(id)).contains("PASSWORD_RESET account.mustChangePassword:NO>YES");
        // the audit log never holds a password
        assertThat(String.join(" ", audit(id))).doesNotContain(reset.temporaryPassword(), "ett eget lösenord");
    }

    @Test
    void administratorsCannotDisableThemselvesOrDropTheirOwnAdministratorRole() {
        AccountDetails admin = accounts.findAccount(((SignedInUser) accounts.loadUserByUsername("admin")).accountId())
                .orElseThrow();
        assertThatThrownBy(() -> accounts.setEnabled(admin.id(), admin.version(), false))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("account.error.selfDisable"));
        assertThatThrownBy(() -> accounts.updateAccount(admin.id(), admin.version(), EnumSet.of(Role.VIEWER), "sv"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(keys(e)).containsExactly("roles=account.error.selfAdmin"));
    }

    @Test
    @WithUserDetails(value = "stad", userDetailsServiceBeanName = "accountService")
    void onlyAdministratorsManageAccounts() {
        long personId = ((SignedInUser) accounts.loadUserByUsername("stad")).personId();
        long polis = ((SignedInUser) accounts.loadUserByUsername("polis")).accountId();
        assertThatThrownBy(() -> accounts.createAccount(personId, "ny", "ett långt lösenord", "sv",
                EnumSet.of(Role.VIEWER))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> accounts.setEnabled(polis, 0, false)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> accounts.resetPassword(polis, 0)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> accounts.unlock(polis)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> accounts.findAccount(polis)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithUserDetails(value = "stad", userDetailsServiceBeanName = "accountService")
    void aUserChangesTheirOwnPasswordUnderTheSameRules() {
        long stad = ((SignedInUser) accounts.loadUserByUsername("stad")).accountId();
        assertThatThrownBy(() -> accounts.changeMyPassword("fel", "ett nytt långt lösenord"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(keys(e)).containsExactly("currentPassword=account.error.currentPassword"));
        assertThatThrownBy(() -> accounts.changeMyPassword("demo", "stad-och-polis"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(keys(e)).containsExactly("newPassword=account.error.passwordContainsUsername"));

        int versionBefore = dsl.fetchValue(USER_ACCOUNT.VERSION, USER_ACCOUNT.ID.eq(stad));
        accounts.changeMyPassword("demo", "ett nytt långt lösenord");
        // no conflict with an administrator's page opened before (say, to disable the account): the version stays
        assertThat(dsl.fetchValue(USER_ACCOUNT.VERSION, USER_ACCOUNT.ID.eq(stad))).isEqualTo(versionBefore);

        assertThat(signInAs("stad", "demo")).isInstanceOf(SignInResult.Refused.class);
        assertThat(signInAs("stad", "ett nytt långt lösenord")).isInstanceOf(SignInResult.SignedIn.class);
        assertThat(audit(stad)).contains("PASSWORD_CHANGE");
        assertThat(accounts.mustChangeMyPassword()).isFalse();
        assertThat(accounts.mySignIns(5)).extracting(event -> event.action().name())
                .containsSubsequence("SIGN_IN", "SIGN_IN_FAILURE");
    }

    @Test
    void aUserSavesTheirOwnLanguage() {
        accounts.changeMyLanguage("en");
        assertThat(((SignedInUser) accounts.loadUserByUsername("admin")).preferredLanguage()).isEqualTo("en");
        assertThatThrownBy(() -> accounts.changeMyLanguage("de")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void demoPasswordsAreDisabledOnRequestAndLogged() {
        // the demo accounts were made by the demo loader, marked as having the demo password
        List<String> disabled = accounts.disableDemoPasswordAccounts();

        assertThat(disabled).containsExactly("admin", "chef", "insyn", "polis", "stad");
        assertThat(signInAs("stad", "demo")).isInstanceOf(SignInResult.Refused.class);
        long stad = ((SignedInUser) accounts.loadUserByUsername("stad")).accountId();
        assertThat(audit(stad)).contains("ACCOUNT_DISABLE account.enabled:YES>NO");
        assertThat(accounts.disableDemoPasswordAccounts()).isEmpty();
    }

    @Test
    void signInIgnoresCaseAndSpaceAroundTheUsername() {
        assertThat(accounts.loadUserByUsername("  Stad ").getUsername()).isEqualTo("stad");
    }
}
