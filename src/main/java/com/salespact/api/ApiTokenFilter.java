package com.salespact.api;

import com.salespact.security.Role;
import com.salespact.security.SignedInUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The API's sign-in, on every request under {@code /api/v1} except the OpenAPI document: the bearer token decides who
 * the caller is (401 when missing, unknown or revoked), its scope whether it may write (403), and its rate limit
 * whether it may go on now (429 with Retry-After). The caller then acts, for this request only, as a principal
 * scoped like a manager of the token's team (an admin for an all-teams token), so the services' row scoping applies
 * unchanged. Not a bean: a bean filter would also be registered for every URL of the app.
 */
final class ApiTokenFilter extends ApiCallFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final ApiTokenService tokens;
    private final ApiRateLimit rateLimit;
    private final ApiResponses responses;

    ApiTokenFilter(ApiTokenService tokens, ApiRateLimit rateLimit, ApiResponses responses) {
        this.tokens = tokens;
        this.rateLimit = rateLimit;
        this.responses = responses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<ApiCaller> caller = bearer(request).flatMap(tokens::authenticate);
        if (caller.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, ApiHeaders.BEARER_CHALLENGE);
            responses.error(request, response, 401, "api.error.unauthorized");
            return;
        }
        if (!READS.contains(request.getMethod()) && !caller.get().mayWrite()) {
            responses.error(request, response, 403, "api.error.read-only");
            return;
        }
        long wait = rateLimit.acquire(caller.get().tokenId());
        if (wait > 0) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
            responses.error(request, response, 429, "api.error.rate-limited");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication(caller.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static UsernamePasswordAuthenticationToken authentication(ApiCaller caller) {
        SignedInUser principal = new SignedInUser(caller.actingPersonId(), "api-token-" + caller.tokenId(),
                caller.name(), caller.teamId() == null ? Role.ADMIN : Role.MANAGER, caller.teamId(), "", true, false);
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities());
        authentication.setDetails(caller);
        return authentication;
    }

    private static Optional<String> bearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        String scheme = ApiHeaders.BEARER_SCHEME + " ";
        if (header == null || !header.regionMatches(true, 0, scheme, 0, scheme.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(scheme.length()).strip());
    }
}
