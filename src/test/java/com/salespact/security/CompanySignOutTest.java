package com.salespact.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Signing out of a company sign-in also ends the provider's session (RP-initiated logout, decision 026), over real
 * HTTP against the provider in this JVM: the sign-out answers with the provider's end-session address carrying the ID
 * token as hint and where to come back to, and the provider sends the browser back to the login page.
 */
class CompanySignOutTest extends CompanySignInContext {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_HEADER = Pattern.compile("<meta name=\"_csrf_header\" content=\"([^\"]+)\"");

    @Autowired SignInSettings settings;
    @Autowired AuthenticationContext vaadinAuthentication;
    @Autowired WebApplicationContext context;

    @AfterEach
    void defaults() {
        settings.getOidc().setProviderLogout(true);
    }

    @Test
    void signingOutEndsTheProvidersSessionWhichSendsTheBrowserBackToTheLoginPage() throws Exception {
        HttpClient browser = browser();
        assertThat(signIn(browser, "sub-freya", Map.of("email", emailOf("fnilsson")))).isEqualTo("/");

        String toProvider = signOut(browser);
        String endSession = provider.endSessionEndpointUrl(ISSUER).toString();
        assertThat(toProvider).startsWith(endSession + "?");
        Map<String, String> query = query(toProvider);
        assertThat(query.get("post_logout_redirect_uri")).isEqualTo(app() + "/login?logout");
        // The hint is the ID token this sign-in got: a JWT the provider signed for SalesPact, about this person.
        String[] jwt = query.get("id_token_hint").split("\\.");
        assertThat(jwt).hasSize(3);
        assertThat(new String(java.util.Base64.getUrlDecoder().decode(jwt[1]), StandardCharsets.UTF_8))
                .contains("\"sub\":\"sub-freya\"").contains("\"aud\":\"salespact\"");

        assertThat(redirect(browser, toProvider)).as("the provider's sign-out sends the browser back")
                .isEqualTo(app() + "/login?logout");
        assertThat(path(redirect(browser, app() + "/dashboard"))).as("signed out of SalesPact").isEqualTo("/login");
    }

    @Test
    void withProviderLogoutSwitchedOffOnlySalesPactsSessionEnds() throws Exception {
        settings.getOidc().setProviderLogout(false);
        HttpClient browser = browser();
        assertThat(signIn(browser, "sub-chiara", Map.of("email", emailOf("cconti")))).isEqualTo("/");
        assertThat(path(signOut(browser))).isEqualTo("/");
        assertThat(path(redirect(browser, app() + "/dashboard"))).isEqualTo("/login");
    }

    @Test
    void aPasswordSignOutGoesToTheStartPageAsBefore() throws Exception {
        MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build()
                .perform(post("/logout").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void vaadinsSignOutTheMenusButtonUsesTakesTheSamePath() {
        // AuthenticationContext.logout() (MainLayout's sign-out) runs the handler Vaadin was given for the chain.
        Object handler = ReflectionTestUtils.invokeMethod(vaadinAuthentication, "getLogoutSuccessHandler");
        assertThat(handler).isInstanceOf(CompanySignOut.class);
    }

    /** Signs out as the page would: POST /logout with the CSRF token the signed-in page carries; where it leads. */
    private String signOut(HttpClient browser) throws IOException, InterruptedException {
        String page = browser.send(HttpRequest.newBuilder(URI.create(app() + "/")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(page);
        Matcher header = CSRF_HEADER.matcher(page);
        assertThat(token.find()).as("the signed-in page carries a CSRF token").isTrue();
        assertThat(header.find()).isTrue();
        return redirect(browser, HttpRequest.newBuilder(URI.create(app() + "/logout"))
                .header(header.group(1), token.group(1)).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private static Map<String, String> query(String url) {
        Map<String, String> parameters = new java.util.HashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(pair.substring(0, equals),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
