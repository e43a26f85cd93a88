package se.samverkan.base.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one source of "now", so that overdue and reminder logic can be tested without waiting. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(@Value("${samverkan.time-zone:Europe/Stockholm}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
