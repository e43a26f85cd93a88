package se.samverkan.base.security;

import java.io.IOException;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.samverkan.base.ui.LoginView;

/**
 * Sign-in against accounts in the database (the accounts feature contributes the throttled password check as an
 * {@code AuthenticationProvider} bean) and, where OpenID Connect providers are configured, single sign-on beside it.
 * Vaadin guards the views, method security guards the services; every request of a signed-in session is checked
 * against the account's current state; unknown and forbidden addresses alike get the not-found page. Only the health
 * endpoint is open without sign-in; the Prometheus endpoint has its own chain and credentials.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@EnableConfigurationProperties(MetricsProperties.class)
class SecurityConfiguration {

    static final String METRICS = "/actuator/prometheus";
    static final Set<String> SSO_REFUSALS = Set.of("unknown", "unverified", "disabled", "noRole");

    /** For the scraper only: HTTP Basic, no session, the METRICS role; closed when no password is configured. */
    @Bean
    @Order(1)
    SecurityFilterChain metricsFilterChain(HttpSecurity http, MetricsProperties metrics,
            PasswordEncoder passwordEncoder) throws Exception {
        http.securityMatcher(METRICS)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        if (metrics.open()) {
            // an encoded password ({bcrypt}…) as it is, a plain one hashed here
            String password = metrics.password().startsWith("{") ? metrics.password()
                    : passwordEncoder.encode(metrics.password());
            DaoAuthenticationProvider provider = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(
                    User.withUsername(metrics.username()).password(password).roles("METRICS").build()));
            provider.setPasswordEncoder(passwordEncoder);
            http.authenticationManager(new ProviderManager(provider))
                    .httpBasic(basic -> basic.realmName("samverkan-metrics"))
                    .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("METRICS"));
        } else {
            http.authorizeHttpRequests(auth -> auth.anyRequest().denyAll());
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountSessions sessions,
            ObjectProvider<SecurityContextHolderStrategy> strategyProvider,
            ObjectProvider<ClientRegistrationRepository> clientRegistrations,
            ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> singleSignOnUsers) throws Exception {
        SecurityContextHolderStrategy strategy = strategyProvider
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // our own stylesheets and icons, needed by the login and error pages too (Vaadin permits the PWA
                // files itself: manifest, service worker, offline page, favicon and the generated icons)
                .requestMatchers("/styles/**", "/icons/**").permitAll()
                .requestMatchers("/error").permitAll()
                .requestMatchers("/actuator/**").denyAll());
        http.addFilterAfter(new AccountSessionFilter(sessions, strategy), SecurityContextHolderFilter.class);
        if (clientRegistrations.getIfAvailable() != null) {
            SecurityContextRepository sessionRepository = new HttpSessionSecurityContextRepository();
            http.oauth2Login(oauth -> oauth
                    .loginPage("/login")
                    .userInfoEndpoint(endpoint -> endpoint.oidcUserService(singleSignOnUsers.getObject()))
                    .successHandler((request, response, authentication) -> signedInWithProvider(request, response,
                            authentication, strategy, sessionRepository))
                    .failureHandler(SecurityConfiguration::providerRefused));
        }
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                // an address that is no view reaches Vaadin, which answers 404 as for a view the user may not open
                .anyRequest(any -> any.authenticated()));
        return http.build();
    }

    /**
     * The session holds the same kind of principal whichever way the user signed in: the provider's person is swapped
     * for the account it is linked to (the session id was already renewed by the sign-in).
     */
    private static void signedInWithProvider(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication, SecurityContextHolderStrategy strategy,
            SecurityContextRepository sessionRepository) throws IOException {
        SignedInUser user = ((SignedInPrincipal) authentication.getPrincipal()).signedInUser();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        strategy.setContext(context);
        sessionRepository.saveContext(context, request, response);
        response.sendRedirect(request.getContextPath() + "/");
    }

    /** The sign-in page says why, for Samverkan's own refusals; anything else reads as a failed sign-in. */
    private static void providerRefused(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String reason = "failed";
        if (exception instanceof OAuth2AuthenticationException oauth
                && oauth.getError().getErrorCode().startsWith("samverkan.")) {
            String code = oauth.getError().getErrorCode().substring("samverkan.".length());
            reason = SSO_REFUSALS.contains(code) ? code : reason;
        }
        response.sendRedirect(request.getContextPath() + "/login?sso=" + reason);
    }

    /** The headers of every response, before anything else writes: see {@link SecurityHeaders}. */
    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * Every service method checks its permission, and a page or a dashboard load calls a dozen of them: a Micrometer
     * observation (timer) of each check cost a tenth of a dashboard load's CPU and measures nothing we look at.
     * Sign-ins stay observed; the sign-in counters are {@code SignInService}'s.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults().shouldObserveAuthorizations(false).build();
    }

    /** bcrypt today, with the {id} prefix so that hashes can move to a stronger encoder later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
