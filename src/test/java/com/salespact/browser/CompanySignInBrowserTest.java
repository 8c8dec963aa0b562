package com.salespact.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Company sign-in in a real browser (issue 18, point 3): the production jar configured for an OpenID Connect provider
 * by command-line properties only, with local passwords off; mock-oauth2-server in this JVM shows its own sign-in page
 * (interactive login). The manager clicks "Sign in with Contoso", signs in at the provider with the e-mail SalesPact
 * knows, and lands on the team dashboard as herself. The refusals, approval and linking rules: CompanySignInTest.
 */
class CompanySignInBrowserTest extends BrowserTest {

    @Test
    void theManagerSignsInThroughTheProvidersPageAndLandsOnHerDashboard() throws IOException {
        MockOAuth2Server provider = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\": true}"));
        provider.start();
        try {
            SalesPactJar jar = startJar("company-sign-in",
                    "--salespact.sign-in.passwords=false",
                    "--salespact.sign-in.oidc.label=Contoso",
                    "--spring.security.oauth2.client.registration.company.client-id=salespact",
                    "--spring.security.oauth2.client.registration.company.client-secret=not-so-secret",
                    "--spring.security.oauth2.client.registration.company.scope=openid,profile,email",
                    "--spring.security.oauth2.client.provider.company.issuer-uri=" + provider.issuerUrl("contoso"));
            Browser browser = desktop(jar, "company-sign-in", 1366, 768);
            browser.get("/dashboard");
            browser.visible(By.id("company-sign-in")).click();

            // The provider's own page: any subject, and the claims its ID token will carry.
            browser.visible(By.name("username")).sendKeys("maria-novak-at-contoso");
            browser.driver.findElement(By.name("claims")).sendKeys(
                    "{\"email\": \"Maria.Novak@salespact.example\", \"email_verified\": true, \"aud\": \"salespact\"}");
            browser.driver.findElement(By.cssSelector("input[type='submit']")).click();

            // Back at SalesPact, signed in: the page asked for first (the dashboard) opens.
            browser.visible(By.id("team-dashboard"));
            browser.waitUntilIdle();
            assertThat(browser.driver.findElement(By.cssSelector("#user-menu .user-name")).getText())
                    .as("signed in as the person the e-mail names").startsWith("Maria Novak");
            assertThat(browser.driver.findElements(By.cssSelector("vaadin-login-form"))).isEmpty();
        } finally {
            provider.shutdown();
        }
    }
}
