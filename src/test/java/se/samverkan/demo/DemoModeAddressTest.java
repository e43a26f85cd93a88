package se.samverkan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Demo mode listens on 127.0.0.1 only, unless an address is configured; a real installation is left alone. */
class DemoModeAddressTest {

    private static String addressWith(Map<String, Object> settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
        new DemoModeAddress().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("server.address");
    }

    @Test
    void demoModeListensOnTheLoopbackAddressOnly() {
        assertThat(addressWith(Map.of())).isEqualTo("127.0.0.1");
        assertThat(addressWith(Map.of("samverkan.demo.enabled", "true"))).isEqualTo("127.0.0.1");
    }

    @Test
    void anAddressSetExplicitlyWins() {
        assertThat(addressWith(Map.of("server.address", "0.0.0.0"))).isEqualTo("0.0.0.0");
    }

    @Test
    void withoutDemoModeNothingChanges() {
        assertThat(addressWith(Map.of("samverkan.demo.enabled", "false"))).isNull();
        assertThat(addressWith(Map.of("spring.datasource.url", "jdbc:mariadb://db/samverkan"))).isNull();
    }
}
