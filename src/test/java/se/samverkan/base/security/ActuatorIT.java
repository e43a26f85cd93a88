package se.samverkan.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.samverkan.WebIntegrationTest;

/**
 * Operators and load balancers reach the health endpoint without signing in, the metrics scraper the Prometheus
 * endpoint with its own credentials, and nothing else.
 */
@WebIntegrationTest
class ActuatorIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthAnswersWithoutSignIn() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void otherEndpointsAreNotExposed() throws Exception {
        for (String path : new String[] { "/actuator/env", "/actuator/beans", "/actuator/info", "/actuator" }) {
            assertThat(get(path).statusCode()).as(path).isNotEqualTo(200);
        }
    }

    private HttpResponse<String> metrics(String username, String password) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"));
        if (username != null) {
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void prometheusMetricsAreForTheScrapersCredentialsOnly() throws Exception {
        assertThat(metrics(null, null).statusCode()).isEqualTo(401);
        assertThat(metrics("metrics", "wrong").statusCode()).isEqualTo(401);
        // a user account does not open it either
        assertThat(metrics("admin", "demo").statusCode()).isEqualTo(401);

        HttpResponse<String> scraped = metrics("metrics", WebIntegrationTest.METRICS_PASSWORD);
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("jvm_memory_used_bytes", "samverkan_sign_in_failures_total",
                "samverkan_sign_in_locks_total", "samverkan_sign_in_blocked_total");
        assertThat(scraped.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void viewsNeedSignIn() throws Exception {
        HttpResponse<String> agreements = get("/agreements/1");
        assertThat(agreements.statusCode()).isEqualTo(302);
        assertThat(agreements.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
}
