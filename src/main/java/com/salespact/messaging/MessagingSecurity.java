package com.salespact.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The unsubscribe page and the calendar feed answer without login and without a CSRF token: the mail client's RFC
 * 8058 POST and a calendar app carry neither; the token in the address is the permission. Ordered before Vaadin's
 * chain, which keeps the rest.
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

    /**
     * The calendar feed: no login, no session, no CSRF (calendar apps send neither cookies nor tokens; the secret in
     * the address is the permission), and nothing else under its path.
     */
    @Bean
    @Order(3)
    SecurityFilterChain calendarFeedChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(MessagingLinks.CALENDAR_FEED_PATH + "/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.frameOptions(frame -> frame.deny())
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .build();
    }
}
