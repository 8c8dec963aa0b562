package com.salespact.deals.crashtest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Profile {@code crashtest} only: {@code /crashtest/**} takes HTTP basic (the same users and passwords as the login
 * screen), no session and no CSRF token, since its caller is a test client, not a browser. Ordered before Vaadin's chain,
 * which keeps everything else.
 */
@Configuration(proxyBeanMethods = false)
@Profile("crashtest")
class CrashTestSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain crashTestApi(HttpSecurity http) throws Exception {
        return http.securityMatcher("/crashtest/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }
}
