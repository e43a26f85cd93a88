package se.samverkan.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Demo mode ({@code samverkan.demo.enabled}) is on by default with the embedded database and off with an
 * external one, so that no account with a known password reaches a real installation by accident.
 */
class DemoModeCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isOn(context.getEnvironment());
    }

    static boolean isOn(Environment environment) {
        boolean embedded = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        return environment.getProperty("samverkan.demo.enabled", Boolean.class, embedded);
    }

    /** The opposite: demo mode is off. */
    static class Off implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !isOn(context.getEnvironment());
        }
    }
}
