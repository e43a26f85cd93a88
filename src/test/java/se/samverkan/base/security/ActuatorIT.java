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

/** Operators and load balancers reach the health endpoint without signing in, and nothing else. */
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

    @Test
    void viewsNeedSignIn() throws Exception {
        HttpResponse<String> agreements = get("/agreements/1");
        assertThat(agreements.statusCode()).isEqualTo(302);
        assertThat(agreements.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
}
