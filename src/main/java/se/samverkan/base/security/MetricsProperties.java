package se.samverkan.base.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may read {@code /actuator/prometheus} ({@code samverkan.metrics.*}): one account for the scraper, over HTTP Basic,
 * with the METRICS role and nothing else. Without a password the endpoint stays closed. The password may be given
 * encoded ({@code {bcrypt}…}); set it from the environment ({@code SAMVERKAN_METRICS_PASSWORD}), not in a file.
 */
@ConfigurationProperties("samverkan.metrics")
public record MetricsProperties(String username, String password) {

    public MetricsProperties {
        username = username == null || username.isBlank() ? "metrics" : username;
    }

    boolean open() {
        return password != null && !password.isBlank();
    }
}
