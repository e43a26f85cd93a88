package se.samverkan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.IntegrationTest;
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
    void signInIgnoresCaseAndSpaceAroundTheUsername() {
        assertThat(accounts.loadUserByUsername("  Stad ").getUsername()).isEqualTo("stad");
    }
}
