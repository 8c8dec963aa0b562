package com.salespact.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.browser.SalesPactJar;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Against the production jar: when the browser repeats a request whose answer it never got (a dropped connection on a
 * tablet), the server answers again with exactly the answer it gave, and the session goes on. The server keeps that
 * answer deflated between requests (DeflatedLastAnswer); this proves the copy it puts back is the answer itself.
 * Runs with the browser tests ({@code ./mvnw -Pproduction,browser verify}).
 */
@Tag("browser")
class ResentRequestTest {

    @Test
    void aRepeatedRequestGetsTheSameAnswerAgain() throws Exception {
        try (SalesPactJar app = SalesPactJar.start("resend");
             HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            VaadinClient client = new VaadinClient(http, app.baseUrl, Duration.ofSeconds(30));
            client.login(client.loginPage(), "rep", "rep");
            client.init("dashboard");

            client.navigate("dashboard");
            String dashboard = client.lastAnswer();
            assertThat(dashboard).as("the dashboard's answer").contains("team-dashboard").hasSizeGreaterThan(10_000);
            assertThat(client.resendLast()).as("the same request again").isEqualTo(dashboard);

            // The session goes on: the next request is handled as the next one, and can be repeated too.
            String deals = client.navigate("deals").toString();
            assertThat(deals).contains("deal-board");
            assertThat(client.resendLast()).isEqualTo(client.lastAnswer());
            assertThat(client.navigate("dashboard").toString()).contains("team-dashboard");
        }
    }
}
