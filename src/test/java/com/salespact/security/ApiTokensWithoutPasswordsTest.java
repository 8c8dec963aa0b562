package com.salespact.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * With password sign-in off, an admin's password no longer manages API tokens over HTTP either (the token endpoints
 * accept HTTP Basic only while passwords are on): 401 without a Basic challenge, nothing created. Here, as the company
 * sign-in context has passwords off; the endpoints themselves are ApiTokensHttpTest.
 */
class ApiTokensWithoutPasswordsTest extends CompanySignInContext {

    @Test
    void anAdminsPasswordDoesNotManageTokensWhilePasswordsAreOff() throws Exception {
        long before = count("api_token");
        String admin = Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(app() + "/api/v1/tokens")).header("Authorization", "Basic " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Dialler\",\"scope\":\"WRITE\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(refused.body()).contains("Password sign-in is turned off");
        assertThat(count("api_token")).isEqualTo(before);
    }
}
