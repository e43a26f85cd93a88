package se.samverkan.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.samverkan.WebIntegrationTest;

/**
 * What any client sees over HTTP: the security headers, the session cookie, one not-found answer for unknown and
 * forbidden addresses, and translated pages without stack traces for requests that reach no view.
 */
@WebIntegrationTest
class WebSecurityIT {

    @LocalServerPort
    int port;

    private final HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpResponse<String> get(HttpClient client, String path, String... headers) throws Exception {
        HttpRequest.Builder builder = request(path);
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpClient signedIn(String username) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        client.send(request("/login").build(), HttpResponse.BodyHandlers.discarding());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=demo";
        HttpResponse<Void> response = client.send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return client;
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/login", "/", "/actuator/health", "/styles/samverkan.css", "/no-such-page")) {
            HttpResponse<String> response = get(anonymous, path);
            String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(policy).as(path).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'",
                    "base-uri 'self'", "form-action 'self'");
            assertThat(policy.substring(policy.indexOf("script-src"), policy.indexOf(';', policy.indexOf("script-src"))))
                    .as("no inline scripts but those with the nonce, on " + path).doesNotContain("unsafe-inline");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(response.headers().firstValue("Permissions-Policy")).as(path)
                    .hasValueSatisfying(p -> assertThat(p).contains("camera=()", "microphone=()", "geolocation=()"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            // plain HTTP: no HSTS
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path).isEmpty();
        }
    }

    @Test
    void theInlineScriptsOfThePageCarryThisResponsesNonce() throws Exception {
        HttpResponse<String> first = get(anonymous, "/login");
        Matcher nonce = Pattern.compile("'nonce-([^']+)'")
                .matcher(first.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertThat(nonce.find()).isTrue();
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(first.body());
        int count = 0;
        while (scripts.find()) {
            count++;
            assertThat(scripts.group(1)).contains("nonce=\"" + nonce.group(1) + "\"");
        }
        assertThat(count).isPositive();
        HttpResponse<String> second = get(anonymous, "/login");
        assertThat(second.headers().firstValue("Content-Security-Policy").orElseThrow()).doesNotContain(nonce.group(1));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndSecureBehindAnHttpsProxy() throws Exception {
        HttpResponse<String> plain = get(anonymous, "/login");
        assertThat(plain.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContain("Secure"));

        // a reverse proxy on this machine says the browser came over HTTPS
        HttpResponse<String> proxied = get(anonymous, "/login", "X-Forwarded-Proto", "https", "X-Forwarded-For",
                "203.0.113.9");
        assertThat(proxied.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("Secure", "HttpOnly").containsIgnoringCase("SameSite=Lax"));
        assertThat(proxied.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
    }

    @Test
    void unknownAndForbiddenAddressesGetTheSameNotFoundPage() throws Exception {
        HttpClient stad = signedIn("stad");
        // the bare address leads to the user's start page, by HTTP (the address bar then names the page)
        HttpResponse<String> start = get(stad, "/");
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/my-items"));
        assertThat(get(stad, "/my-items").statusCode()).isEqualTo(200);
        for (String path : List.of("/foo", "/agreements/abc", "/agreements/999999", "/admin/foo", "/admin/accounts")) {
            HttpResponse<String> response = get(stad, path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("Sidan finns inte");
        }
        // an administrator opens the same page
        assertThat(get(signedIn("admin"), "/admin/accounts").statusCode()).isEqualTo(200);
        // before sign-in, every address leads to the sign-in page alike
        for (String path : List.of("/foo", "/admin/accounts")) {
            HttpResponse<String> response = get(anonymous, path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }

    @Test
    void badRequestsGetATranslatedPageAndNoStackTrace() throws Exception {
        HttpResponse<String> traversal = get(anonymous, "/%2e%2e/%2e%2e/etc/passwd");
        assertThat(traversal.statusCode()).isEqualTo(400);
        assertThat(traversal.body()).contains("lang=\"sv\"", "Begäran kunde inte tas emot");
        // a path parameter: refused by Spring Security's firewall, answered in the browser's language
        HttpResponse<String> english = get(anonymous, "/login;a=1", "Accept-Language", "en-GB,en;q=0.9");
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("lang=\"en\"", "The request could not be accepted");

        // refused by Tomcat before the application: the same text in both languages
        HttpResponse<String> tomcat = get(anonymous, "/..;/x");
        HttpResponse<String> hugeHeader = get(anonymous, "/login", "X-Filler", "a".repeat(20_000));
        for (HttpResponse<String> response : List.of(tomcat, hugeHeader)) {
            assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(400);
            assertThat(response.body()).as(response.uri().toString())
                    .contains("Begäran kunde inte tas emot", "The request could not be accepted");
        }
        for (HttpResponse<String> response : List.of(traversal, english, tomcat, hugeHeader)) {
            assertThat(response.body()).as(response.uri().toString())
                    .doesNotContain("Exception", "at org.", "at se.", "Tomcat", "Whitelabel");
        }
    }
}
