package com.salespact.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.postgres.SecurityContextFollowsSpringContext;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The application on a random port with company sign-in against a real OpenID Connect provider in this JVM
 * (mock-oauth2-server: discovery, authorize, token, JWKS, userinfo and end-session over HTTP; signed ID tokens), local
 * passwords off. The provider is a bean of the context, so it lives exactly as long as the context the test classes
 * share. The helpers walk the round trips a browser walks, cookies kept.
 */
@ExtendWith(SecurityContextFollowsSpringContext.class) // own context: put the global strategy back for later tests
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:salespact-oidc;DB_CLOSE_DELAY=-1",
        "salespact.sign-in.passwords=false",
        "salespact.sign-in.oidc.label=Contoso",
        "salespact.sign-in.oidc.new-people=create",
        "salespact.sign-in.oidc.role-claim=groups",
        "salespact.sign-in.oidc.roles.ADMIN=sales-admins",
        "salespact.sign-in.oidc.roles.MANAGER=sales-managers, sales-leads",
        "salespact.sign-in.oidc.team-claim=department",
        "salespact.sign-in.oidc.teams.sales-north=North",
        "spring.security.oauth2.client.registration.company.client-id=salespact",
        "spring.security.oauth2.client.registration.company.client-secret=not-so-secret",
        "spring.security.oauth2.client.registration.company.scope=openid,profile,email"})
@ActiveProfiles("test")
@Import(CompanySignInContext.Provider.class)
abstract class CompanySignInContext {

    static final String ISSUER = "contoso";

    @TestConfiguration(proxyBeanMethods = false)
    static class Provider {

        @Bean(destroyMethod = "shutdown")
        MockOAuth2Server companyProvider() {
            MockOAuth2Server server = new MockOAuth2Server();
            server.start();
            return server;
        }

        @Bean
        DynamicPropertyRegistrar companyIssuer(MockOAuth2Server companyProvider) {
            return registry -> registry.add("spring.security.oauth2.client.provider.company.issuer-uri",
                    () -> companyProvider.issuerUrl(ISSUER).toString());
        }
    }

    @LocalServerPort int port;
    @Autowired MockOAuth2Server provider;
    @Autowired JdbcTemplate jdbc;

    /** A browser: keeps cookies, follows no redirect by itself. */
    static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    String app() {
        return "http://127.0.0.1:" + port;
    }

    /** {@link #signIn(HttpClient, String, Map)} in a fresh browser. */
    String signIn(String subject, Map<String, Object> claims) throws IOException, InterruptedException {
        return signIn(browser(), subject, claims);
    }

    /**
     * Signs in as a browser does: start at SalesPact, follow the provider's redirect (mock-oauth2-server issues a code
     * for the next token request with these claims), return to SalesPact's callback; answers where SalesPact sends the
     * browser then ("/" when signed in).
     */
    String signIn(HttpClient browser, String subject, Map<String, Object> claims)
            throws IOException, InterruptedException {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of("salespact"), claims,
                3600));
        String toProvider = redirect(browser, app() + SignInLinks.AUTHORIZATION_PATH + "company");
        assertThat(toProvider).startsWith(provider.authorizationEndpointUrl(ISSUER).toString());
        String callback = redirect(browser, toProvider);
        assertThat(callback).startsWith(app() + "/login/oauth2/code/company?code=");
        return path(redirect(browser, callback));
    }

    /** A redirect's target inside SalesPact, absolute or not: "/login?refused=unknown". */
    String path(String location) {
        return location.replace(app(), "");
    }

    static String redirect(HttpClient browser, String url) throws IOException, InterruptedException {
        return redirect(browser, HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    static String redirect(HttpClient browser, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = browser.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(request.uri() + " answered " + response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    long personId(String username) {
        return jdbc.queryForObject("select id from person where username = ?", Long.class, username);
    }

    String emailOf(String username) {
        return jdbc.queryForObject("select email from person where username = ?", String.class, username);
    }

    String roleOf(String username) {
        return jdbc.queryForObject("select role from person where username = ?", String.class, username);
    }

    long teamId(String name) {
        return jdbc.queryForObject("select id from team where name = ?", Long.class, name);
    }

    long linkedPerson(String subject) {
        return jdbc.queryForObject("select person_id from company_identity where subject = ?", Long.class, subject);
    }

    long count(String fromWhere) {
        return jdbc.queryForObject("select count(*) from " + fromWhere, Long.class);
    }
}
