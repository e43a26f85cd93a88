package se.samverkan.base.db;

import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class JooqSettings {

    /**
     * jOOQ would wrap GROUP_CONCAT in statements that raise the session's length limit, which needs
     * multi-statement queries; our lists of names are short, so the server's default limit is plenty.
     */
    @Bean
    DefaultConfigurationCustomizer withoutGroupConcatSessionVariable() {
        return configuration -> configuration.settings().withRenderGroupConcatMaxLenSessionVariable(false);
    }
}
