package com.salespact.security;

import com.salespact.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/*
 * Services are secured with @PreAuthorize (prePostEnabled, the default). Views carry @RolesAllowed/@PermitAll for
 * Vaadin's navigation access control, which reads them itself; JSR-250 method security is off on purpose: it made
 * Spring wrap every view and layout in a CGLIB proxy (an interceptor on each call, annotation scanning on each view
 * created) without guarding anything the navigation check does not already guard.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties({SignInSettings.class, OAuth2ClientProperties.class})
class SecurityConfig {

    /**
     * What Vaadin 25 in production mode needs and no more: its bootstrap page has inline scripts, {@code executeJs}
     * compiles with {@code new Function} ('unsafe-eval'), components inject inline styles, icons and ECharts use data:
     * and blob: images, and @Push (WEBSOCKET_XHR) talks to the same origin ('self' covers ws:/wss: to it). Nothing is
     * loaded from other origins and no page may be framed (the wall is a full page on the TV, never an iframe).
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self'",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInSettings signIn, CompanySignIn company,
                                            ObjectProvider<CompanyProviders> providers) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**", "/styles/**", "/images/**").permitAll()
                .requestMatchers("/actuator/**").denyAll());
        http.headers(headers -> headers
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        // Vaadin's default denies every other path with a bare 403, so a signed-in person typing a wrong address got an
        // empty error page. Signed in, any other path reaches Vaadin's router, which answers with the in-app
        // "Page not found" (404); signed out, it leads to the login page like every route.
        // Company sign-in (decision 026) only when a provider is configured; passwords only while they are on.
        boolean oidc = company.configured();
        if (!signIn.isPasswords() && !oidc) {
            throw new IllegalStateException("salespact.sign-in.passwords=false needs a company sign-in: configure "
                    + "spring.security.oauth2.client.registration.<id>.* (README, \"Company sign-in\")");
        }
        if (oidc) {
            // The login page named here, not only by Vaadin below: this configurer initialises first, and without a
            // page of its own it would send signed-out people straight to the provider, past the login page.
            http.oauth2Login(login -> login.loginPage(SignInLinks.LOGIN_PATH)
                    .userInfoEndpoint(user -> user.oidcUserService(company)).failureHandler(company::failed)
                    // A start that fails (the provider cannot be reached) says so on the login page, not with a 500.
                    .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                        @Override
                        public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                            filter.setAuthenticationFailureHandler(company::failed);
                            return filter;
                        }
                    }));
        }
        // Password and company sign-outs alike; a company one also ends the provider's session (decision 026).
        CompanyProviders discovered = providers.getIfAvailable();
        CompanySignOut signOut = new CompanySignOut(
                id -> discovered == null ? null : discovered.discoveredAlready(id), signIn);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.logoutSuccessHandler(signOut);
            if (signIn.isPasswords()) {
                vaadin.loginView(LoginView.class);
            }
            if (oidc) {
                vaadin.oauth2LoginPage(SignInLinks.LOGIN_PATH);
            }
            vaadin.anyRequest(url -> url.authenticated());
        }).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
