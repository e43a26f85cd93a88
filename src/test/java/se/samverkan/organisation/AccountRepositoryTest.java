package se.samverkan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.db.Tables.ORGANISATION;
import static se.samverkan.db.Tables.PERSON;

import java.time.LocalDateTime;
import java.util.EnumSet;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.IntegrationTest;
import se.samverkan.base.security.Role;
import se.samverkan.base.security.SignedInUser;

/** Accounts go into MariaDB and come back as they went in; each test rolls back. */
@IntegrationTest
@Transactional
class AccountRepositoryTest {

    @Autowired
    AccountRepository accounts;

    @Autowired
    DSLContext dsl;

    private long newPerson() {
        long organisation = dsl.fetchValue(ORGANISATION.ID, ORGANISATION.NAME.eq("Farsta stadsdelsförvaltning"));
        return dsl.insertInto(PERSON).set(PERSON.DISPLAY_NAME, "Lena Provsson")
                .set(PERSON.EMAIL, "lena.provsson@stad.example.se").set(PERSON.TITLE, "Trygghetssamordnare")
                .set(PERSON.ORGANISATION_ID, organisation)
                .returningResult(PERSON.ID).fetchSingle().value1();
    }

    @Test
    void anAccountRoundTripsWithItsPersonOrganisationAndRoles() {
        long personId = newPerson();
        long id = accounts.insert(personId, "lena", "{noop}x", "en", EnumSet.of(Role.COORDINATOR, Role.VIEWER));

        SignedInUser user = accounts.findForSignIn("lena").orElseThrow();
        assertThat(user.accountId()).isEqualTo(id);
        assertThat(user.personId()).isEqualTo(personId);
        assertThat(user.displayName()).isEqualTo("Lena Provsson");
        assertThat(user.organisationName()).isEqualTo("Farsta stadsdelsförvaltning");
        assertThat(user.preferredLanguage()).isEqualTo("en");
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.COORDINATOR, Role.VIEWER);
        assertThat(user.isEnabled()).isTrue();
        // the principal holds no password hash; only the password check reads it
        assertThat(user.getPassword()).isNull();
        assertThat(accounts.credentials("lena").orElseThrow().passwordHash()).isEqualTo("{noop}x");

        assertThat(accounts.page("Provsson", LocalDateTime.now(), 0, 10)).singleElement().satisfies(row -> {
            assertThat(row.username()).isEqualTo("lena");
            assertThat(row.email()).isEqualTo("lena.provsson@stad.example.se");
            assertThat(row.roles()).containsExactlyInAnyOrder(Role.COORDINATOR, Role.VIEWER);
        });
        assertThat(accounts.count("Provsson")).isEqualTo(1);
    }

    @Test
    void languageAndEnabledFlagAreSaved() {
        accounts.insert(newPerson(), "lena", "{noop}x", "sv", EnumSet.of(Role.VIEWER));

        accounts.updateLanguage(accounts.findForSignIn("lena").orElseThrow().accountId(), "en");
        accounts.setEnabled("lena", false);

        SignedInUser user = accounts.findForSignIn("lena").orElseThrow();
        assertThat(user.preferredLanguage()).isEqualTo("en");
        assertThat(user.isEnabled()).isFalse();
        assertThat(accounts.usernameExists("lena")).isTrue();
        assertThat(accounts.findForSignIn("nobody")).isEmpty();
    }
}
