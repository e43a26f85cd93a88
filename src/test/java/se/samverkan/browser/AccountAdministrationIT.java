package se.samverkan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.samverkan.WebIntegrationTest;

/**
 * An administrator makes an account for a person; its user signs in with the temporary password and must choose their
 * own; the administrator disables the account, which ends the user's session at their next click and refuses their
 * next sign-in.
 */
@WebIntegrationTest
class AccountAdministrationIT {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private void signIn(Page page, String username, String password) {
        BrowserSession.submitSignIn(page, url("login"), username, password);
    }

    private Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
    }

    @Test
    void anAdministratorCreatesAnAccountAndDisablesItAgain() {
        Page admin = browser.newPage();
        signIn(admin, "admin", "demo");
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Användarkonton")).click();
        assertThat(heading(admin, "Användarkonton")).isVisible();

        button(admin, "Nytt konto").click();
        assertThat(heading(admin, "Nytt användarkonto")).isVisible();
        browser.assertAccessible(admin, "the new account dialog");
        // nothing chosen: every problem at its field, nothing saved
        button(admin, "Skapa konto").click();
        assertThat(admin.locator("[slot=error-message]").getByText("Välj en person.")).isVisible();

        admin.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Person")).fill("Maria Holm");
        admin.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Maria Holmgren – Farsta stadsdelsförvaltning"))
                .click();
        assertThat(admin.getByLabel("Användarnamn")).hasValue("maria.holmgren");
        admin.getByLabel("Samordnare").check();
        button(admin, "Skapa konto").click();

        assertThat(heading(admin, "Kontot är skapat")).isVisible();
        Locator shown = admin.getByLabel("Tillfälligt lösenord för maria.holmgren");
        String temporary = shown.inputValue();
        assertThat(temporary).matches("[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}");
        browser.assertAccessible(admin, "the temporary password dialog");
        button(admin, "Klar").click();
        assertThat(heading(admin, "Maria Holmgren (maria.holmgren)")).isVisible();
        browser.assertAccessible(admin, "an account page");

        // the new user must choose their own password before anything else
        Page user = browser.newPage();
        signIn(user, "maria.holmgren", temporary);
        assertThat(heading(user, "Mitt konto")).isVisible();
        assertThat(user.getByText("En administratör har återställt ditt lösenord")).isVisible();
        browser.assertAccessible(user, "my account, with a password to change");
        user.getByLabel("Nuvarande lösenord").fill(temporary);
        user.getByLabel("Nytt lösenord", new Page.GetByLabelOptions().setExact(true)).fill("maria.holmgren är bäst");
        user.getByLabel("Upprepa det nya lösenordet").fill("maria.holmgren är bäst");
        button(user, "Byt lösenord").click();
        assertThat(user.locator("[slot=error-message]").getByText("Lösenordet får inte innehålla användarnamnet.")).isVisible();
        user.getByLabel("Nytt lösenord", new Page.GetByLabelOptions().setExact(true)).fill("vårt kvarter är tryggt");
        user.getByLabel("Upprepa det nya lösenordet").fill("vårt kvarter är tryggt");
        button(user, "Byt lösenord").click();
        // then the start page of a coordinator
        assertThat(heading(user, "Mina åtgärder")).isVisible();

        // the administrator disables the account while its user is signed in
        button(admin, "Inaktivera kontot").click();
        button(admin, "Inaktivera").click();
        assertThat(admin.locator("vaadin-notification-card").getByText("Kontot maria.holmgren är inaktiverat.")).isVisible();
        assertThat(admin.locator(".detail-list").getByText("Inaktiverat")).isVisible();

        // the user's next request ends the session: the page says so, and a click leads to the sign-in page
        user.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mitt konto")).click();
        user.getByText("Sessionen har gått ut").click();
        assertThat(user).hasURL(url("login"));
        signIn(user, "maria.holmgren", "vårt kvarter är tryggt");
        assertThat(user).hasURL(url("login?error"));

        // the history shows what happened, in words
        admin.reload();
        BrowserSession.settled(admin);
        browser.assertAccessible(admin, "an account page with its history");
        Locator history = admin.locator("vaadin-grid").filter(new Locator.FilterOptions().setHasText("Händelse"));
        assertThat(history.getByText("Konto inaktiverat")).isVisible();
        assertThat(history.getByText("Lösenord bytt")).isVisible();
        assertThat(history.getByText("Misslyckad inloggning")).isVisible();
    }
}
