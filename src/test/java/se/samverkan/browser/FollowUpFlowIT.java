package se.samverkan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.browser.BrowserSession.open;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import se.samverkan.WebIntegrationTest;
import se.samverkan.base.mail.EmbeddedSmtpServer;

/**
 * The follow-up flow in Chromium: a manager creates a follow-up for next week and sees its reminder triggers, makes a
 * calendar link that a calendar application can read without signing in; an administrator opens the outbox and
 * sends the demo's due reminders, which reach the SMTP server.
 */
@WebIntegrationTest
class FollowUpFlowIT {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedSmtpServer smtp;

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSession();
        // pages that query and save take longer than Playwright's 5 s on a busy build machine
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @AfterAll
    static void stopBrowser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
        browser.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private void signIn(Page page, String username) {
        BrowserSession.submitSignIn(page, url("login"), username, "demo");
        // the first page after the application starts can take a while on a busy machine
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    @Test
    void aManagerCreatesAFollowUpForNextWeekAndSeesItsReminders() throws Exception {
        Page page = browser.newPage();
        signIn(page, "chef");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Uppföljningar").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Uppföljningar")))
                .isVisible();
        assertThat(page.locator("vaadin-grid.follow-up-grid a").first()).isVisible();
        browser.assertAccessible(page, "the follow-up list");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ny uppföljning")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ny uppföljning")))
                .isVisible();
        browser.assertAccessible(page, "the new follow-up form");

        LocalDate today = LocalDate.now(STOCKHOLM);
        LocalDate nextWeek = today.plusWeeks(1);
        LocalDate deadline = today.plusDays(5);
        Locator agreement = field(page, "Överenskommelse");
        agreement.fill("Lokal samverkansöverenskommelse Enskede");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions()
                .setName("Lokal samverkansöverenskommelse Enskede-Årsta-Vantör")).click();
        field(page, "Rubrik").fill("Extra avstämning om centrummiljöerna");
        Locator date = field(page, "Datum");
        date.fill(nextWeek.toString());
        date.press("Enter");
        Locator reportBy = field(page, "Rapportera senast");
        reportBy.fill(deadline.toString());
        reportBy.press("Enter");
        field(page, "Plats").fill("Stadsdelsförvaltningen");
        // the manager's own organisation takes part: the follow-up is in her calendar feed
        Locator organisations = field(page, "Deltagande organisationer");
        organisations.fill("Stockholms stad");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Stockholms stad").setExact(true)).click();
        organisations.press("Escape");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Extra avstämning om centrummiljöerna " + nextWeek);
        Locator triggers = page.locator(".trigger-list li");
        // three days before the deadline, and the managers' notice the day after it; fourteen days before is past
        assertThat(triggers).hasCount(2);
        assertThat(triggers.nth(0)).hasText("Påminnelse om lägesrapport: " + deadline.minusDays(3) + " 07:00");
        assertThat(triggers.nth(1)).hasText("Besked till chefer om saknade rapporter: " + deadline.plusDays(1)
                + " 07:00");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dagordning")))
                .isVisible();
        browser.assertAccessible(page, "the new follow-up");

        // a calendar link, read without signing in, has the new follow-up in it
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Påminnelser och kalender").setExact(true))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa kalenderlänk")).click();
        Locator link = field(page, "Din kalenderlänk");
        assertThat(link).isVisible();
        browser.assertAccessible(page, "the reminder settings");
        String feed = link.inputValue().replace("http://localhost:8080", "http://localhost:" + port);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(feed))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(response.body()).contains("SUMMARY:Extra avstämning om centrummiljöerna")
                .contains("DTSTART;TZID=Europe/Stockholm:" + nextWeek.format(DateTimeFormatter.BASIC_ISO_DATE)
                        + "T090000");
        HttpResponse<String> unknown = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("calendar/feed/" + "x".repeat(43) + ".ics"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void anAdministratorSendsTheDueRemindersFromTheOutbox() {
        Page page = browser.newPage();
        signIn(page, "admin");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Utskick").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Utskick"))).isVisible();
        browser.assertAccessible(page, "the outbox");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka påminnelser nu")).click();
        assertThat(page.getByText("påminnelser lades i kö")).isVisible();
        Locator sent = page.locator("vaadin-grid.outbox-grid .status-sent");
        assertThat(sent.first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(smtp.receivedMessages()).isNotEmpty();
        browser.assertAccessible(page, "the outbox after sending");

        page.locator("vaadin-grid.outbox-grid vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText("@")).first().click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("Påminnelser i brevet")).isVisible();
        assertThat(dialog.getByText("Message-ID")).isVisible();
        browser.assertAccessible(page, "a mail of the outbox");
    }

    @Test
    void coordinatorsHaveNoOutboxAndCreateNoFollowUps() {
        Page page = browser.newPage();
        signIn(page, "stad");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Utskick").setExact(true)))
                .hasCount(0);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Uppföljningar").setExact(true)).click();
        assertThat(page.locator("vaadin-grid.follow-up-grid a").first()).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ny uppföljning")))
                .hasCount(0);
        open(page, url("admin/outbox"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sidan finns inte")))
                .isVisible();
    }
}
