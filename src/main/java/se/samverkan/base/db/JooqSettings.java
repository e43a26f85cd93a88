package se.samverkan.base.db;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.ExecuteType;
import org.jooq.impl.DefaultExecuteListenerProvider;
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

    /** A statement that writes makes the values {@link ReadOnceCache} holds for the transaction stale: they go. */
    @Bean
    ExecuteListenerProvider readOnceCacheForgetsOnWrite() {
        return new DefaultExecuteListenerProvider(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                if (ctx.type() != ExecuteType.READ) {
                    ReadOnceCache.forget();
                }
            }
        });
    }
}
