package se.samverkan.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
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
    AuthenticationConfiguration authentication;

    @Autowired
    AccountTestSupport accountSupport;

    @AfterEach
    void enableAgain() {
        accountSupport.setEnabled("insyn", true);
    }

    /** Through the application's own authentication manager, as the sign-in form does, from a test address. */
    private Authentication signIn(String username, String password) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails("192.0.2.20", null));
        try {
            return authentication.getAuthenticationManager().authenticate(token);
        } catch (AuthenticationException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The role authorities. */
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
    void theSessionsPrincipalHoldsNoPasswordAndTheAuthenticationNoCredentials() {
        Authentication signedIn = signIn("stad", "demo");
        assertThat(signedIn.getCredentials()).isNull();
        assertThat(((SignedInUser) signedIn.getPrincipal()).getPassword()).isNull();
        assertThat(signedIn.getPrincipal().toString()).doesNotContain("bcrypt");
        assertThat(((SignedInUser) accounts.loadUserByUsername("stad")).getPassword()).isNull();
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        assertThat(accountSupport.passwordHash("stad")).startsWith("{bcrypt}").doesNotContain("demo");
    }

    @Test
    void aWrongPasswordOrUnknownUserIsRejectedAlike() {
        assertThatThrownBy(() -> signIn("stad", "wrong")).isInstanceOf(BadCredentialsException.class)
                .hasMessage("wrong username or password");
        assertThatThrownBy(() -> signIn("nobody", "demo")).isInstanceOf(BadCredentialsException.class)
                .hasMessage("wrong username or password");
    }

    @Test
    void aDisabledAccountCannotSignInAndIsToldNothingMore() {
        accountSupport.setEnabled("insyn", false);
        assertThatThrownBy(() -> signIn("insyn", "demo")).isInstanceOf(BadCredentialsException.class)
                .hasMessage("wrong username or password");
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
