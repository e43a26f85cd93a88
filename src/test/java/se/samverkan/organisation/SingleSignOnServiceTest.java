package se.samverkan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.db.Tables.AUDIT_EVENT;
import static se.samverkan.db.Tables.PERSON;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.IntegrationTest;
import se.samverkan.audit.AuditService;
import se.samverkan.base.security.Role;
import se.samverkan.base.security.SignedInUser;

/** How a provider's person becomes an account, under each provider setting; every test rolls back. */
@IntegrationTest
@Transactional
class SingleSignOnServiceTest {

    static final String ISSUER = "https://idp.example.se";

    @Autowired
    AccountRepository accounts;

    @Autowired
    AuditService audit;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    DSLContext dsl;

    private SingleSignOnService with(SingleSignOnProperties.Provider provider) {
        return new SingleSignOnService(accounts, audit, passwordEncoder,
                new SingleSignOnProperties(Map.of("idp", provider)), Clock.systemDefaultZone());
    }

    private static SingleSignOnProperties.Provider plain() {
        return new SingleSignOnProperties.Provider(false, null, null, null);
    }

    @Test
    void aKnownAddressLinksTheIdentityAndKeepsTheRolesGivenInSamverkan() {
        SignedInUser user = with(plain()).signIn("idp", ISSUER, "sub-1", "polis@polisen.example.se", true, "Johan",
                Map.of("groups", List.of("samverkan-admins")));
        assertThat(user.username()).isEqualTo("polis");
        assertThat(user.roles()).containsExactly(Role.COORDINATOR);
        assertThat(accounts.accountOfIdentity(ISSUER, "sub-1")).hasValue(user.accountId());
    }

    @Test
    void anUnknownPersonIsRefusedUnlessTheProviderMayCreateThem() {
        assertThatThrownBy(() -> with(plain()).signIn("idp", ISSUER, "sub-2", "ny.person@stad.example.se", true,
                "Ny Person", Map.of())).isInstanceOfSatisfying(SingleSignOnRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo("unknown"));
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("SIGN_IN_FAILURE"))).isPositive();

        SignedInUser created = with(new SingleSignOnProperties.Provider(true, "Farsta stadsdelsförvaltning", null,
                null)).signIn("idp", ISSUER, "sub-2", "ny.person@stad.example.se", true, "Ny Person", Map.of());
        assertThat(created.username()).isEqualTo("ny.person");
        assertThat(created.roles()).containsExactly(Role.VIEWER);
        assertThat(created.organisationName()).isEqualTo("Farsta stadsdelsförvaltning");
        assertThat(dsl.fetchValue(PERSON.DISPLAY_NAME, PERSON.EMAIL.eq("ny.person@stad.example.se")))
                .isEqualTo("Ny Person");
    }

    @Test
    void anAddressTheProviderHasNotVerifiedIsNotTrusted() {
        assertThatThrownBy(() -> with(plain()).signIn("idp", ISSUER, "sub-3", "admin@stad.example.se", false, null,
                Map.of())).isInstanceOfSatisfying(SingleSignOnRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo("unverified"));
        assertThat(accounts.accountOfIdentity(ISSUER, "sub-3")).isEmpty();
    }

    @Test
    void withARoleMappingTheRolesFollowTheGroupsAndNoGroupMeansNoEntry() {
        SingleSignOnService mapped = with(new SingleSignOnProperties.Provider(false, null, "roles",
                Map.of("samverkan-chefer", Role.MANAGER, "samverkan-insyn", Role.VIEWER)));
        SignedInUser user = mapped.signIn("idp", ISSUER, "sub-4", "stad@stad.example.se", true, null,
                Map.of("roles", List.of("samverkan-chefer", "samverkan-insyn", "annat")));
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.MANAGER, Role.VIEWER);

        assertThatThrownBy(() -> mapped.signIn("idp", ISSUER, "sub-4", "stad@stad.example.se", true, null,
                Map.of("roles", List.of("annat")))).isInstanceOfSatisfying(SingleSignOnRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo("noRole"));
    }
}
