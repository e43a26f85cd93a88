package se.samverkan.base.mail;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when no SMTP server is configured ({@code spring.mail.host}, {@code SPRING_MAIL_HOST}, or a JNDI session). */
public class NoExternalMailCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !StringUtils.hasText(context.getEnvironment().getProperty("spring.mail.host"))
                && !StringUtils.hasText(context.getEnvironment().getProperty("spring.mail.jndi-name"));
    }
}
