package se.samverkan;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import se.samverkan.organisation.AccountTestSupport;

/**
 * The whole application on a throwaway embedded MariaDB under target/ (never the temp dir), on a free port,
 * with the demo data and a clock tests can move ({@link MutableClock}). All integration tests share this one
 * configuration, so Spring starts it once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "samverkan.db.embedded.data-dir=target/test-db/${random.uuid}",
        "samverkan.db.embedded.port=0",
        "samverkan.demo.enabled=true",
        // Quartz keeps the connection providers of its job stores in a JVM-wide registry by scheduler name: a name
        // of its own keeps this context's scheduler on its own database when a test starts another context
        "spring.quartz.properties.org.quartz.scheduler.instanceName=samverkan-it"
})
@Import({ AccountTestSupport.class, TestClockConfiguration.class })
public @interface IntegrationTest {
}
