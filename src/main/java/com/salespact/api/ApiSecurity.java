package com.salespact.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API's own security (decision 024), before Vaadin's chain and apart from it: {@code /api/**} takes a bearer
 * token on every request, keeps no session, needs no CSRF token (no cookie signs it in) and answers in JSON. The
 * OpenAPI document and Swagger UI are open to anyone: they describe the API and hold no data. The token endpoints
 * have a chain of their own before this one ({@link ApiTokensSecurity}).
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    static final String DOCUMENT = ApiLinks.DOCUMENT;
    static final String DOCS = ApiLinks.DOCS;

    static boolean isDocumentation(String path) {
        return path.equals(DOCUMENT) || path.startsWith(DOCUMENT + "/") || path.equals(DOCS)
                || path.startsWith(DOCS + "/");
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokenService tokens, ApiRateLimit rateLimit,
                                               IdempotencyStore idempotency, JsonMapper json,
                                               @Value("${salespact.api.max-body-bytes:1048576}") int maxBodyBytes)
            throws Exception {
        ApiResponses responses = new ApiResponses(json);
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(DOCUMENT, DOCUMENT + "/**", DOCS, DOCS + "/**").permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) ->
                                responses.error(request, response, 401, "api.error.unauthorized"))
                        .accessDeniedHandler((request, response, e) ->
                                responses.error(request, response, 403, "api.error.forbidden")))
                .addFilterBefore(new ApiTokenFilter(tokens, rateLimit, responses), AuthorizationFilter.class)
                .addFilterAfter(new ApiBodyFilter(idempotency, responses, maxBodyBytes), ApiTokenFilter.class)
                .build();
    }

    /** The OpenAPI document's head: what the API is and how to sign in (a bearer token from the admin screen). */
    @Bean
    OpenAPI salesPactOpenApi() {
        return new OpenAPI()
                .info(new Info().title("SalesPact API").version("v1").description(ApiHeaders.DESCRIPTION))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("spk_..."))
                        // Only the token endpoints (ApiTokensSecurity); their operations name it themselves.
                        .addSecuritySchemes(ApiTokensSecurity.SCHEME, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
