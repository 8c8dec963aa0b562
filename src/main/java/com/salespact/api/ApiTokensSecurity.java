package com.salespact.api;

import com.salespact.security.Role;
import com.salespact.security.SignInSettings;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Token management over HTTP ({@code /api/v1/tokens}), ahead of {@link ApiSecurity}'s bearer chain: HTTP Basic with an
 * active admin's username and password, through the app's own authentication manager (the login form's accounts,
 * password check and failed-login lockout), and only while password sign-in is on. No session, no cookie. A bearer
 * token is refused here (403) whatever its scope, so a leaked token cannot mint or revoke tokens; every other API
 * path stays bearer-only.
 */
@Configuration(proxyBeanMethods = false)
class ApiTokensSecurity {

    /** The OpenAPI security scheme of the token endpoints. */
    static final String SCHEME = "basic";

    @Bean
    @Order(1)
    SecurityFilterChain apiTokensSecurityFilterChain(HttpSecurity http, SignInSettings signIn,
                                                     IdempotencyStore idempotency, JsonMapper json,
                                                     @Value("${salespact.api.max-body-bytes:1048576}") int maxBodyBytes)
            throws Exception {
        ApiResponses responses = new ApiResponses(json);
        AuthenticationEntryPoint refuse = (request, response, e) -> {
            if (bearer(request)) {
                responses.error(request, response, 403, "api.error.tokens-not-by-token");
            } else if (!signIn.isPasswords()) {
                responses.error(request, response, 401, "api.error.tokens-passwords-off");
            } else {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, ApiHeaders.BASIC_CHALLENGE);
                responses.error(request, response, 401, "api.error.tokens-sign-in");
            }
        };
        http.securityMatcher(ApiTokensController.PATH, ApiTokensController.PATH + "/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Role.ADMIN_NAME))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(refuse)
                        .accessDeniedHandler((request, response, e) ->
                                responses.error(request, response, 403, "api.error.tokens-admins-only")));
        if (signIn.isPasswords()) {
            http.httpBasic(basic -> basic.realmName(ApiHeaders.REALM).authenticationEntryPoint(refuse));
        } else {
            http.httpBasic(basic -> basic.disable());
        }
        // After the admin check, so nobody unknown gets a body read.
        return http.addFilterAfter(new ApiBodyFilter(idempotency, responses, maxBodyBytes), AuthorizationFilter.class)
                .build();
    }

    private static boolean bearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, ApiHeaders.BEARER_SCHEME + " ", 0,
                ApiHeaders.BEARER_SCHEME.length() + 1);
    }
}
