package se.samverkan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.IntegrationTest;
import se.samverkan.base.security.Role;
import se.samverkan.base.security.SignedInUser;

@IntegrationTest
@Transactional
@WithUserDetails(value = "stad", userDetailsServiceBeanName = "accountService")
class AccountServiceTest {

    @Autowired
    AccountService accounts;

    @Test
    void aUserSavesTheirOwnLanguage() {
        accounts.changeMyLanguage("en");
        assertThat(((SignedInUser) accounts.loadUserByUsername("stad")).preferredLanguage()).isEqualTo("en");
    }

    @Test
    void anUnsupportedLanguageIsRefusedAndNothingChanges() {
        assertThatThrownBy(() -> accounts.changeMyLanguage("de")).isInstanceOf(IllegalArgumentException.class);
        assertThat(((SignedInUser) accounts.loadUserByUsername("stad")).preferredLanguage()).isEqualTo("sv");
    }

    @Test
    void onlyAdministratorsCreateAccounts() {
        long personId = ((SignedInUser) accounts.loadUserByUsername("stad")).personId();
        assertThatThrownBy(() -> accounts.createAccount(personId, "ny", "hemligt", "sv", EnumSet.of(Role.VIEWER)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithUserDetails(value = "admin", userDetailsServiceBeanName = "accountService")
    void badAccountInputIsRefusedWithAMessageKeyAndNothingIsSaved() {
        long personId = ((SignedInUser) accounts.loadUserByUsername("stad")).personId();
        int before = accounts.countAccounts(null);
        assertThatThrownBy(() -> accounts.createAccount(personId, "Ny Användare", "x", "sv", EnumSet.of(Role.VIEWER)))
                .hasMessage("account.error.username");
        assertThatThrownBy(() -> accounts.createAccount(personId, "ny", " ", "sv", EnumSet.of(Role.VIEWER)))
                .hasMessage("account.error.password");
        assertThatThrownBy(() -> accounts.createAccount(personId, "ny", "x", "de", EnumSet.of(Role.VIEWER)))
                .hasMessage("account.error.language");
        assertThatThrownBy(() -> accounts.createAccount(personId, "ny", "x", "sv", EnumSet.noneOf(Role.class)))
                .hasMessage("account.error.roles");
        assertThatThrownBy(() -> accounts.createAccount(personId, "polis", "x", "sv", EnumSet.of(Role.VIEWER)))
                .hasMessage("account.error.usernameTaken");
        assertThat(accounts.countAccounts(null)).isEqualTo(before);
    }

    @Test
    void signInIgnoresCaseAndSpaceAroundTheUsername() {
        assertThat(accounts.loadUserByUsername("  Stad ").getUsername()).isEqualTo("stad");
    }
}
