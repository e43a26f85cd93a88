package se.samverkan;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/** The application served on a free port, on a throwaway embedded MariaDB with demo data; shared by the *IT tests. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "samverkan.db.embedded.data-dir=target/test-db/${random.uuid}",
        "samverkan.db.embedded.port=0",
        "samverkan.demo.enabled=true",
        "samverkan.metrics.password=" + WebIntegrationTest.METRICS_PASSWORD
})
public @interface WebIntegrationTest {

    /** The scraper's password for /actuator/prometheus in the web tests. */
    String METRICS_PASSWORD = "scrape-secret-for-tests";
}
