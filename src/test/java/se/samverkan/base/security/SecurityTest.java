package se.samverkan.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

import se.samverkan.IntegrationTest;
import se.samverkan.agreement.AgreementService;
import se.samverkan.organisation.AccountService;
import se.samverkan.organisation.AccountTestSupport;

/** Sign-in against the accounts in the database, and the role checks on the services. */
@IntegrationTest
class SecurityTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AgreementService agreements;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AccountTestSupport accountSupport;

    @AfterEach
    void enableAgain() {
        accountSupport.setEnabled("insyn", true);
    }

    private Authentication signIn(String username, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwordEncoder);
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    /** The role authorities; Spring Security 7 adds a FACTOR_PASSWORD authority beside them. */
    private static java.util.List<String> roles(Authentication authentication) {
        return authentication.getAuthorities().stream().map(Object::toString).filter(a -> a.startsWith("ROLE_"))
                .toList();
    }

    @Test
    void demoAccountsSignInWithTheirRoles() {
        assertThat(roles(signIn("admin", "demo"))).containsExactly("ROLE_ADMIN");
        assertThat(roles(signIn("chef", "demo"))).containsExactly("ROLE_MANAGER");
        assertThat(roles(signIn("stad", "demo"))).containsExactly("ROLE_COORDINATOR");
        SignedInUser polis = (SignedInUser) signIn("polis", "demo").getPrincipal();
        assertThat(polis.roles()).containsExactly(Role.COORDINATOR);
        assertThat(polis.organisationName()).isEqualTo("Lokalpolisområde Farsta");
        SignedInUser stad = (SignedInUser) signIn("stad", "demo").getPrincipal();
        assertThat(stad.organisationName()).isEqualTo("Enskede-Årsta-Vantörs stadsdelsförvaltning");
        assertThat(roles(signIn("insyn", "demo"))).containsExactly("ROLE_VIEWER");
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        SignedInUser stad = (SignedInUser) accounts.loadUserByUsername("stad");
        assertThat(stad.getPassword()).startsWith("{bcrypt}").doesNotContain("demo");
    }

    @Test
    void aWrongPasswordIsRejected() {
        assertThatThrownBy(() -> signIn("stad", "wrong")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn("nobody", "demo")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        accountSupport.setEnabled("insyn", false);
        assertThatThrownBy(() -> signIn("insyn", "demo")).isInstanceOf(DisabledException.class);
    }

    @Test
    void servicesRefuseCallersWhoAreNotSignedIn() {
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> agreements.countAgreements(null))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithUserDetails(value = "admin", userDetailsServiceBeanName = "accountService")
    void administratorsListAccounts() {
        assertThat(accounts.countAccounts(null)).isGreaterThanOrEqualTo(5);
        assertThat(accounts.findAccounts("polis", 0, 10)).extracting("username").containsExactly("polis");
    }

    @Test
    @WithUserDetails(value = "chef", userDetailsServiceBeanName = "accountService")
    void managersDoNotListAccounts() {
        assertThatThrownBy(() -> accounts.countAccounts(null)).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(agreements.countAgreements(null)).isPositive();
    }

    @Test
    @WithUserDetails(value = "stad", userDetailsServiceBeanName = "accountService")
    void coordinatorsDoNotListAccountsButReadAgreements() {
        assertThatThrownBy(() -> accounts.findAccounts(null, 0, 10)).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(agreements.countAgreements(null)).isPositive();
    }

    @Test
    @WithUserDetails(value = "insyn", userDetailsServiceBeanName = "accountService")
    void viewersReadAgreementsOnly() {
        assertThatThrownBy(() -> accounts.countAccounts(null)).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(agreements.countAgreements(null)).isPositive();
    }
}
