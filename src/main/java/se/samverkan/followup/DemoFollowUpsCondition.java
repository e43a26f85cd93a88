package se.samverkan.followup;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

import se.samverkan.base.db.NoExternalDatabaseCondition;

/**
 * Demo mode, read the way the demo feature reads it ({@code samverkan.demo.enabled}; on by default with the embedded
 * database only), for this feature's part of the demo.
 */
class DemoFollowUpsCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        boolean embedded = new NoExternalDatabaseCondition().matches(context, metadata);
        return context.getEnvironment().getProperty("samverkan.demo.enabled", Boolean.class, embedded);
    }
}
