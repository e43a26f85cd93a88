package se.samverkan;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before each test, points Spring Security's JVM-wide context holder at the strategy of the test's own application
 * context. Vaadin installs a strategy of its own in every application context it starts; a test class with a context
 * of its own (the demo loaded on another day, say) would otherwise leave its strategy in place, and a later test on
 * the shared context would sign in (@WithUserDetails) where that context's views never look, and meet the sign-in
 * page. Runs before Spring Security's own listener (order 10000), which puts the test's user into the holder.
 */
public class SecurityStrategyListener implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 9_000;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(strategy -> {
            if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
                SecurityContextHolder.setContextHolderStrategy(strategy);
            }
        });
    }
}
