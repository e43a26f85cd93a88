package se.samverkan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.db.Tables.AUDIT_CHANGE;
import static se.samverkan.db.Tables.AUDIT_EVENT;
import static se.samverkan.db.Tables.SSO_IDENTITY;
import static se.samverkan.db.Tables.USER_ACCOUNT;

import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * Single sign-on through an OpenID Connect provider (an in-process mock that approves without a form) beside the
 * local sign-in form: a person whose verified e-mail address Samverkan knows reaches the app as their account with its
 * roles; an unknown person, an unverified address and a disabled account are refused with a clear message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "samverkan.db.embedded.data-dir=target/test-db/${random.uuid}",
        "samverkan.db.embedded.port=0",
        "samverkan.demo.enabled=true"
})
class SingleSignOnIT {

    static final String ISSUER = "kommunen";
    static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    static {
        PROVIDER.start(0);
    }

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired
    DSLContext dsl;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        String prefix = "spring.security.oauth2.client.registration.kommunen.";
        registry.add(prefix + "client-id", () -> "samverkan");
        registry.add(prefix + "client-secret", () -> "hemlighet");
        registry.add(prefix + "client-name", () -> "Testkommunens inloggning");
        registry.add(prefix + "scope", () -> "openid,email,profile");
        registry.add(prefix + "provider", () -> "kommunen");
        registry.add("spring.security.oauth2.client.provider.kommunen.issuer-uri",
                () -> PROVIDER.issuerUrl(ISSUER).toString());
    }

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stop() {
        browser.close();
        PROVIDER.shutdown();
    }

    /** The next sign-in at the provider is this person. */
    private static void nextPerson(String subject, String email, boolean verified) {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of("samverkan"),
                Map.of("email", email, "email_verified", verified, "name", "Namn från kommunen"), 3600));
    }

    private Page signInThroughProvider() {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Logga in med Testkommunens inloggning"))
                .click();
        return page;
    }

    @Test
    void aKnownPersonSignsInThroughTheProviderAsTheirAccount() {
        Page login = browser.newPage();
        login.navigate("http://localhost:" + port + "/login");
        assertThat(login.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Logga in med Testkommunens inloggning"))).isVisible();
        browser.assertAccessible(login, "the login page with single sign-on");

        nextPerson("kommunen-4711", "Stad@Stad.example.se", true);
        Page page = signInThroughProvider();
        // a coordinator starts on My items
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mina åtgärder")))
                .isVisible();
        assertThat(page.locator(".user-name")).hasText("Sara Lindqvist");
        browser.assertAccessible(page, "my items after single sign-on");

        long stad = dsl.fetchValue(USER_ACCOUNT.ID, USER_ACCOUNT.USERNAME.eq("stad"));
        assertThat(dsl.fetchValue(SSO_IDENTITY.USER_ACCOUNT_ID, SSO_IDENTITY.SUBJECT.eq("kommunen-4711"))).isEqualTo(stad);
        assertThat(dsl.select(AUDIT_CHANGE.AFTER_VALUE).from(AUDIT_EVENT).join(AUDIT_CHANGE)
                .on(AUDIT_CHANGE.EVENT_ID.eq(AUDIT_EVENT.ID))
                .where(AUDIT_EVENT.ACTION.eq("SIGN_IN"), AUDIT_EVENT.ENTITY_ID.eq(stad),
                        AUDIT_CHANGE.FIELD.eq("signIn.provider")).fetch(r -> r.value1())).contains("kommunen");

        // the identity is linked now: the next sign-in finds the account by it, whatever the address says
        nextPerson("kommunen-4711", "sara.ny.adress@stad.example.se", true);
        Page again = signInThroughProvider();
        assertThat(again.locator(".user-name")).hasText("Sara Lindqvist");
    }

    @Test
    void anUnknownPersonIsRefusedWithAClearMessage() {
        nextPerson("kommunen-0001", "okand@stad.example.se", true);
        Page page = signInThroughProvider();
        assertThat(page).hasURL("http://localhost:" + port + "/login?sso=unknown");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("känner inte till någon person med din e-postadress");
        browser.assertAccessible(page, "the login page after a refused single sign-on");
    }

    @Test
    void anUnverifiedAddressOrADisabledAccountIsRefused() {
        nextPerson("kommunen-0002", "chef@stad.example.se", false);
        assertThat(signInThroughProvider()).hasURL("http://localhost:" + port + "/login?sso=unverified");

        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.ENABLED, false).where(USER_ACCOUNT.USERNAME.eq("insyn")).execute();
        try {
            nextPerson("kommunen-0003", "insyn@stad.example.se", true);
            Page page = signInThroughProvider();
            assertThat(page).hasURL("http://localhost:" + port + "/login?sso=disabled");
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("inaktiverat");
        } finally {
            dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.ENABLED, true).where(USER_ACCOUNT.USERNAME.eq("insyn")).execute();
        }
    }
}
