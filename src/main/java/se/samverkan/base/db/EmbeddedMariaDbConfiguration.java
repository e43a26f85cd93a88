package se.samverkan.base.db;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * With no {@code spring.datasource.url} configured, the application starts its own MariaDB and uses it, with the
 * account and password the database keeps in its data directory. The data source depends on the database bean, so
 * Spring closes the pool before it stops MariaDB.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedMariaDbProperties.class)
class EmbeddedMariaDbConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedMariaDbProperties properties) {
        return EmbeddedMariaDb.start(properties);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedMariaDb db) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("samverkan-embedded");
        config.setJdbcUrl(db.jdbcUrl());
        config.setUsername(db.username());
        config.setPassword(db.password());
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }
}
