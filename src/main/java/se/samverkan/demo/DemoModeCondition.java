package se.samverkan.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

import se.samverkan.base.db.NoExternalDatabaseCondition;

/**
 * Demo mode ({@code samverkan.demo.enabled}) is on by default with the embedded database and off with an
 * external one, so that no account with a known password reaches a real installation by accident.
 */
class DemoModeCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        boolean embedded = new NoExternalDatabaseCondition().matches(context, metadata);
        return context.getEnvironment().getProperty("samverkan.demo.enabled", Boolean.class, embedded);
    }
}
