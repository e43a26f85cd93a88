package se.samverkan.demo;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * In demo mode the web server listens on 127.0.0.1 only, unless {@code server.address} is set: the demo accounts
 * have well-known passwords, so nobody on the network should reach them by accident. Runs after the configuration
 * files are read (registered in {@code META-INF/spring.factories}).
 */
public class DemoModeAddress implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "samverkanDemoModeAddress";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (DemoModeCondition.isOn(environment) && !StringUtils.hasText(environment.getProperty("server.address"))) {
            environment.getPropertySources()
                    .addLast(new MapPropertySource(SOURCE, Map.of("server.address", "127.0.0.1")));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
