package se.samverkan.base.mail;

import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * With no {@code spring.mail.host} configured, the application starts its own SMTP server (as it starts its own
 * MariaDB) and sends mail there. With one configured, nothing here starts and Spring Boot's mail sender uses it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalMailCondition.class)
class EmbeddedMailConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedSmtpServer embeddedSmtpServer(@Value("${samverkan.mail.embedded.port:0}") int port) {
        return EmbeddedSmtpServer.start(port);
    }

    @Bean
    JavaMailSender mailSender(EmbeddedSmtpServer server) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(server.host());
        sender.setPort(server.port());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "10000");
        return sender;
    }
}
