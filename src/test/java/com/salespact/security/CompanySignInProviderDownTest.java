package com.salespact.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.salespact.postgres.SecurityContextFollowsSpringContext;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kotlin.jvm.functions.Function0;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.context.WebApplicationContext;

/**
 * The provider cannot be reached while SalesPact starts (its address refuses connections): SalesPact starts anyway,
 * the login page offers the company button, a click says on the login page that the company sign-in cannot be reached,
 * and once the provider is up a click signs in — the provider is discovered then (decision 026).
 */
@ExtendWith(SecurityContextFollowsSpringContext.class) // own context: put the global strategy back for later tests
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:salespact-oidc-down;DB_CLOSE_DELAY=-1",
        "salespact.sign-in.oidc.label=Contoso",
        "spring.security.oauth2.client.registration.company.client-id=salespact",
        "spring.security.oauth2.client.registration.company.client-secret=not-so-secret",
        "spring.security.oauth2.client.registration.company.scope=openid,profile,email"})
@ActiveProfiles("test")
class CompanySignInProviderDownTest {

    private static final String ISSUER = "contoso";
    /** Free now, and nobody listens there while SalesPact starts: connections are refused. */
    private static final int PROVIDER_PORT = freePort();

    @LocalServerPort int port;
    @Autowired WebApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.client.provider.company.issuer-uri",
                () -> "http://localhost:" + PROVIDER_PORT + "/" + ISSUER);
    }

    @Test
    void salesPactStartsOffersTheButtonSaysWhyAClickFailsAndSignsInOnceTheProviderIsUp() throws Exception {
        Anchor button = onLoginPage("login", () -> _get(Anchor.class, spec -> spec.withId("company-sign-in")));
        assertThat(button.getText()).isEqualTo("Sign in with Contoso");

        HttpClient browser = CompanySignInContext.browser();
        assertThat(path(CompanySignInContext.redirect(browser, app() + button.getHref())))
                .isEqualTo("/login?refused=unavailable");
        Paragraph refused = onLoginPage("login?refused=unavailable",
                () -> _get(Paragraph.class, spec -> spec.withId("sign-in-refused")));
        assertThat(refused.getText()).isEqualTo("The company sign-in cannot be reached at the moment. Try again in a "
                + "few minutes; if it stays so, tell your administrator.");

        MockOAuth2Server provider = new MockOAuth2Server();
        provider.start(PROVIDER_PORT);
        try {
            // A discovery that failed is tried again a few seconds later: until then clicks fail at once.
            String authorize = provider.authorizationEndpointUrl(ISSUER).toString();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    assertThat(CompanySignInContext.redirect(browser, app() + button.getHref())).startsWith(authorize));

            provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "sub-ada", "JWT", List.of("salespact"),
                    Map.of("email", jdbc.queryForObject("select email from person where username = 'admin'",
                            String.class)), 3600));
            String toProvider = CompanySignInContext.redirect(browser, app() + button.getHref());
            String callback = CompanySignInContext.redirect(browser, toProvider);
            assertThat(path(CompanySignInContext.redirect(browser, callback))).as("signed in").isEqualTo("/");
        } finally {
            provider.shutdown();
        }
    }

    private <T> T onLoginPage(String location, Supplier<T> find) {
        Function0<UI> ui = UI::new;
        MockVaadin.setup(ui, new MockSpringServlet(new Routes().autoDiscoverViews("com.salespact"), context, ui));
        try {
            UI.getCurrent().getInternals().getRouter().navigate(UI.getCurrent(), new Location(location),
                    NavigationTrigger.PAGE_LOAD);
            return find.get();
        } finally {
            MockVaadin.tearDown();
        }
    }

    private String app() {
        return "http://127.0.0.1:" + port;
    }

    private String path(String location) {
        return location.replace(app(), "");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
