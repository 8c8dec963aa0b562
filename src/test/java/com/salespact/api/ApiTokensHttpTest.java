package com.salespact.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.KeptRows;
import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.postgres.SecurityContextFollowsSpringContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Token management over real HTTP ({@code /api/v1/tokens}): an admin's username and password by HTTP Basic, through
 * the login form's authentication (its lockout counts), stateless; a manager, a wrong password and a bearer token are
 * refused, and Basic works nowhere else in the API. Seeded passwords equal the usernames.
 */
@ExtendWith(SecurityContextFollowsSpringContext.class) // own context: put the global strategy back for later tests
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiTokensHttpTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN = "admin";

    @LocalServerPort int port;
    @Autowired ApiTokenService tokens;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired SeededCompany company;

    private KeptRows kept;
    private long team;

    record Answer(int status, JsonNode json, String body, HttpResponse<String> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    @BeforeEach
    void keep() {
        // The admin's failed-login count and lock are put back after each test.
        kept = new KeptRows(jdbc).addedTo("api_token").keep("user_account", "person_id = ?", company.personId(ADMIN));
        team = company.teamOf("rep");
    }

    @AfterEach
    void restore() {
        TestSupport.signOut();
        kept.restore();
    }

    @Test
    void anAdminCreatesATokenWithTheirPasswordAndItReadsDeals() throws Exception {
        Answer created = send("POST", "", basic(ADMIN, ADMIN),
                "{\"name\":\"Dialler\",\"scope\":\"WRITE\",\"teamId\":" + team + "}");
        assertThat(created.status()).isEqualTo(201);
        String token = created.json().get("token").asString();
        assertThat(token).startsWith(ApiTokenService.PREFIX);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("name").asString()).isEqualTo("Dialler");
        assertThat(created.json().get("scope").asString()).isEqualTo("WRITE");
        assertThat(created.json().get("teamId").asLong()).isEqualTo(team);
        assertThat(created.json().get("createdAt").asString()).isNotBlank();
        assertThat(created.header("Location")).isEqualTo("/api/v1/tokens/" + id);
        assertThat(created.header("Set-Cookie")).as("stateless: no session").isNull();
        assertThat(jdbc.queryForObject("select created_by from api_token where id = ?", Long.class, id))
                .isEqualTo(company.personId(ADMIN));

        Answer deals = call("GET", "/api/v1/deals", "Bearer " + token, null);
        assertThat(deals.status()).isEqualTo(200);
        assertThat(deals.json().get("items").valueStream().toList()).isNotEmpty();

        Answer allTeams = send("POST", "", basic(ADMIN, ADMIN), "{\"name\":\"CRM sync\",\"scope\":\"READ\"}");
        assertThat(allTeams.status()).isEqualTo(201);
        assertThat(allTeams.json().get("teamId").isNull()).isTrue();
    }

    @Test
    void theListShowsTheLastUseButNoSecretAndARevokedTokenIsRefusedAtOnce() throws Exception {
        Answer created = send("POST", "", basic(ADMIN, ADMIN), "{\"name\":\"Script\",\"scope\":\"READ\"}");
        String token = created.json().get("token").asString();
        long id = created.json().get("id").asLong();
        assertThat(call("GET", "/api/v1/deals", "Bearer " + token, null).status()).isEqualTo(200);

        Answer list = send("GET", "", basic(ADMIN, ADMIN), null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(token).doesNotContain("\"token\"");
        JsonNode listed = list.json().get("items").valueStream().filter(item -> item.get("id").asLong() == id)
                .findFirst().orElseThrow();
        assertThat(listed.get("name").asString()).isEqualTo("Script");
        assertThat(listed.get("hint").asString()).isEqualTo(token.substring(0, 8));
        assertThat(listed.get("lastUsedAt").isNull()).as("last use shown").isFalse();
        assertThat(listed.get("active").asBoolean()).isTrue();

        Answer revoked = send("DELETE", "/" + id, basic(ADMIN, ADMIN), null);
        assertThat(revoked.status()).isEqualTo(204);
        assertThat(call("GET", "/api/v1/deals", "Bearer " + token, null).status()).isEqualTo(401);
        JsonNode after = send("GET", "", basic(ADMIN, ADMIN), null).json().get("items").valueStream()
                .filter(item -> item.get("id").asLong() == id).findFirst().orElseThrow();
        assertThat(after.get("active").asBoolean()).isFalse();
        assertThat(after.get("revokedAt").isNull()).isFalse();

        Answer unknown = send("DELETE", "/987654321", basic(ADMIN, ADMIN), null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void aManagerIsForbiddenAndAWrongOrMissingPasswordIsChallenged() throws Exception {
        String manager = company.managerOf("rep");
        int before = tokenCount();
        Answer forbidden = send("POST", "", basic(manager, manager), "{\"name\":\"Mine\",\"scope\":\"WRITE\"}");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().get("message").asString()).contains("admin");
        assertThat(send("GET", "", basic(manager, manager), null).status()).isEqualTo(403);

        Answer wrong = send("GET", "", basic(ADMIN, "not-the-password"), null);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("status").asInt()).isEqualTo(401);
        assertThat(wrong.header("WWW-Authenticate")).isEqualTo("Basic realm=\"SalesPact API\"");
        Answer none = send("GET", "", null, null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).isEqualTo("Basic realm=\"SalesPact API\"");
        assertThat(tokenCount()).isEqualTo(before);
    }

    @Test
    void wrongPasswordsCountTowardsTheLoginLockoutUntilEvenTheRightOneIsRefused() throws Exception {
        assertThat(send("GET", "", basic(ADMIN, ADMIN), null).status()).isEqualTo(200);
        assertThat(send("GET", "", basic(ADMIN, "wrong-1"), null).status()).isEqualTo(401);
        assertThat(company.userAccount(ADMIN).failedLogins()).as("counted like a failed login form").isEqualTo(1);
        for (int attempt = 2; company.userAccount(ADMIN).lockedUntil() == null; attempt++) {
            assertThat(attempt).as("locked after a handful of failures").isLessThan(20);
            assertThat(send("GET", "", basic(ADMIN, "wrong-" + attempt), null).status()).isEqualTo(401);
        }
        Answer locked = send("GET", "", basic(ADMIN, ADMIN), null);
        assertThat(locked.status()).as("locked: even the right password is refused").isEqualTo(401);
        assertThat(locked.body()).doesNotContain("\"items\"");
    }

    @Test
    void anApiTokenCannotManageTokensWhateverItsScope() throws Exception {
        TestSupport.signIn(users, ADMIN);
        String writeAllTeams = tokens.create("all teams, write", ApiScope.WRITE, null);
        TestSupport.signOut();
        int before = tokenCount();
        Answer create = send("POST", "", "Bearer " + writeAllTeams, "{\"name\":\"Minted\",\"scope\":\"WRITE\"}");
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.json().get("message").asString()).contains("Basic");
        assertThat(send("GET", "", "Bearer " + writeAllTeams, null).status()).isEqualTo(403);
        long id = jdbc.queryForObject("select max(id) from api_token", Long.class);
        assertThat(send("DELETE", "/" + id, "Bearer " + writeAllTeams, null).status()).isEqualTo(403);
        assertThat(tokenCount()).isEqualTo(before);
        assertThat(call("GET", "/api/v1/deals", "Bearer " + writeAllTeams, null).status()).as("not revoked")
                .isEqualTo(200);
    }

    @Test
    void basicWorksNowhereElseInTheApi() throws Exception {
        Answer deals = call("GET", "/api/v1/deals", basic(ADMIN, ADMIN), null);
        assertThat(deals.status()).isEqualTo(401);
        assertThat(deals.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(call("POST", "/api/v1/activities", basic(ADMIN, ADMIN), "{}").status()).isEqualTo(401);
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNothingIsSaved() throws Exception {
        int before = tokenCount();
        Answer noName = send("POST", "", basic(ADMIN, ADMIN), "{\"name\":\"  \",\"scope\":\"READ\"}");
        assertThat(noName.status()).isEqualTo(422);
        assertThat(field(noName)).isEqualTo("name");
        assertThat(noName.json().get("errors").get(0).get("message").asString()).isNotBlank()
                .doesNotContain("api.tokens.rule");

        Answer unknownScope = send("POST", "", basic(ADMIN, ADMIN), "{\"name\":\"X\",\"scope\":\"ADMIN\"}");
        assertThat(unknownScope.status()).isEqualTo(400);
        assertThat(field(unknownScope)).isEqualTo("scope");

        Answer noScope = send("POST", "", basic(ADMIN, ADMIN), "{\"name\":\"X\"}");
        assertThat(noScope.status()).isEqualTo(422);
        assertThat(field(noScope)).isEqualTo("scope");

        Answer unknownTeam = send("POST", "", basic(ADMIN, ADMIN),
                "{\"name\":\"X\",\"scope\":\"READ\",\"teamId\":987654321}");
        assertThat(unknownTeam.status()).isEqualTo(422);
        assertThat(field(unknownTeam)).isEqualTo("teamId");

        assertThat(send("POST", "", basic(ADMIN, ADMIN), "{\"name\": ").status()).isEqualTo(400);
        Answer huge = send("POST", "", basic(ADMIN, ADMIN),
                "{\"name\":\"" + "x".repeat(1_500_000) + "\",\"scope\":\"READ\"}");
        assertThat(huge.status()).as("the API's body limit holds here too").isEqualTo(413);
        assertThat(tokenCount()).isEqualTo(before);
    }

    @Test
    void theDocumentDescribesTheTokenEndpointsWithBasic() throws Exception {
        JsonNode document = call("GET", ApiLinks.DOCUMENT, null, null).json();
        assertThat(document.get("components").get("securitySchemes").get("basic").get("scheme").asString())
                .isEqualTo("basic");
        JsonNode create = document.get("paths").get("/api/v1/tokens").get("post");
        assertThat(create.get("security").get(0).has("basic")).isTrue();
        assertThat(create.get("security").get(0).has("bearer")).isFalse();
        assertThat(document.get("paths").get("/api/v1/tokens/{id}").has("delete")).isTrue();
        assertThat(document.get("paths").get("/api/v1/deals").get("get").has("security"))
                .as("the other endpoints keep the document's bearer default").isFalse();
    }

    private static String field(Answer answer) {
        return answer.json().get("errors").get(0).get("field").asString();
    }

    private int tokenCount() {
        return jdbc.queryForObject("select count(*) from api_token", Integer.class);
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private Answer send(String method, String subPath, String authorization, String body)
            throws IOException, InterruptedException {
        return call(method, ApiTokensController.PATH + subPath, authorization, body);
    }

    private Answer call(String method, String path, String authorization, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = response.body().isBlank() ? null : JSON.readTree(response.body());
        return new Answer(response.statusCode(), json, response.body(), response);
    }
}
