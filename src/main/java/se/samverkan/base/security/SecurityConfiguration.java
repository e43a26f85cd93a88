package se.samverkan.base.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import se.samverkan.base.ui.LoginView;

/**
 * Sign-in against accounts in the database (the accounts feature contributes the throttled password check as an
 * {@code AuthenticationProvider} bean); Vaadin guards the views, method security guards the services. Every request of
 * a signed-in session is checked against the account's current state. Only the health endpoint is open without
 * sign-in.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountSessions sessions,
            ObjectProvider<SecurityContextHolderStrategy> strategy) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // our own stylesheets, needed by the login page too
                .requestMatchers("/styles/**").permitAll()
                .requestMatchers("/actuator/**").denyAll());
        http.addFilterAfter(new AccountSessionFilter(sessions,
                strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)),
                SecurityContextHolderFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    /** bcrypt today, with the {id} prefix so that hashes can move to a stronger encoder later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
