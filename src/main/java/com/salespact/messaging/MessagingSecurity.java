package com.salespact.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The unsubscribe page answers without login and without a CSRF token: the mail client's RFC 8058 POST carries
 * neither; the signed token in the address is the permission. Ordered before Vaadin's chain, which keeps the rest.
 */
@Configuration(proxyBeanMethods = false)
class MessagingSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain unsubscribeChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(MessagingLinks.UNSUBSCRIBE_PATH, MessagingLinks.UNSUBSCRIBE_PATH + "/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.frameOptions(frame -> frame.deny())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'")))
                .build();
    }
}
