package com.salespact.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.salespact.KeptRows;
import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.base.LiveUpdates;
import com.salespact.base.TeamEvent;
import com.salespact.deals.DealChanged;
import com.salespact.deals.Stage;
import com.salespact.postgres.SecurityContextFollowsSpringContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * The REST API over real HTTP (a random port, the JDK's client), on the seeded company: tokens, scope, row scoping,
 * bad input, idempotency, optimistic locking, bulk all-or-nothing, paging, the rate limit and a win reaching the
 * live updates of the wall and dashboards.
 */
@ExtendWith(SecurityContextFollowsSpringContext.class) // own context: put the global strategy back for later tests
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiHttpTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired ApiTokenService tokens;
    @Autowired ApiRateLimit rateLimit;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired SeededCompany company;
    @Autowired LiveUpdates liveUpdates;

    private KeptRows kept;
    private long team;
    private String writeToken;
    private String readToken;

    /** A response with its body read as JSON (null when empty). */
    record Answer(int status, JsonNode json, String body, HttpResponse<String> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    @BeforeEach
    void createTokens() {
        kept = new KeptRows(jdbc).addedTo("deal").addedTo("account").addedTo("account_owner_change")
                .addedTo("activity").addedTo("app_notification").addedTo("outbox_message").addedTo("api_token")
                .addedTo("api_idempotency");
        team = company.teamOf("rep");
        writeToken = token(ApiScope.WRITE, team);
        readToken = token(ApiScope.READ, team);
    }

    @AfterEach
    void restore() {
        TestSupport.signOut();
        kept.restore();
    }

    private String token(ApiScope scope, Long teamId) {
        return TestTokens.issue(tokens, users, "test " + scope, scope, teamId).token();
    }

    @Test
    void refusesNoTokenAWrongOneAndARevokedOneAtOnce() throws Exception {
        Answer none = send("GET", "/api/v1/deals", null, null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().get("status").asInt()).isEqualTo(401);
        assertThat(none.json().get("message").asString()).contains("Bearer");
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");

        assertThat(send("GET", "/api/v1/deals", "spk_not-a-real-token", null).status()).isEqualTo(401);
        assertThat(send("GET", "/api/v1/deals", readToken, null).status()).isEqualTo(200);

        long id = jdbc.queryForObject("select max(id) from api_token", Long.class);
        TestSupport.signIn(users, "admin");
        tokens.revoke(id);
        TestSupport.signOut();
        Answer revoked = send("GET", "/api/v1/deals", readToken, null);
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.body()).doesNotContain("\"items\"");
    }

    @Test
    void aReadTokenReadsButCannotWrite() throws Exception {
        long deal = kept.deal(company.firstDealOf("rep", Stage.PROSPECT));
        Answer read = send("GET", "/api/v1/deals/" + deal, readToken, null);
        assertThat(read.status()).isEqualTo(200);
        Answer write = send("PUT", "/api/v1/deals/" + deal, readToken,
                "{\"version\":" + read.json().get("version").asLong() + ",\"name\":\"Renamed by a reader\"}");
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.json().get("error").asString()).isEqualTo("Forbidden");
        assertThat(company.deal(deal).name()).isNotEqualTo("Renamed by a reader");
    }

    @Test
    void anotherTeamsDealIsNotFoundAndShowsNothing() throws Exception {
        String outsider = company.repOfAnotherTeam("rep");
        long theirs = kept.deal(company.firstDealOf(outsider));
        String name = company.deal(theirs).name();
        for (Answer answer : List.of(send("GET", "/api/v1/deals/" + theirs, writeToken, null),
                send("GET", "/api/v1/deals/external/" + company.deal(theirs).externalId(), writeToken, null),
                send("PUT", "/api/v1/deals/" + theirs, writeToken, "{\"version\":0,\"name\":\"Mine now\"}"),
                send("POST", "/api/v1/deals/" + theirs + "/win", writeToken, "{\"version\":0}"))) {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.body()).doesNotContain(name).doesNotContain(outsider);
        }
        Answer list = send("GET", "/api/v1/deals?size=200", writeToken, null);
        assertThat(list.json().get("items").valueStream().map(deal -> deal.get("id").asLong()))
                .doesNotContain(theirs);
        assertThat(company.deal(theirs).name()).isEqualTo(name);
    }

    @Test
    void malformedJsonWrongTypesAndWrongMediaTypeAreClearErrors() throws Exception {
        Answer malformed = send("POST", "/api/v1/activities", writeToken, "{\"repId\": 1, \"kind\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("message").asString()).isEqualTo("The body is not valid JSON.");

        Answer wrongType = send("POST", "/api/v1/activities", writeToken,
                "{\"repId\": \"seven\", \"kind\": \"CALL\", \"date\": \"2026-11-17\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("errors").get(0).get("field").asString()).isEqualTo("repId");

        Answer wrongDate = send("POST", "/api/v1/activities", writeToken,
                "{\"repId\": 1, \"kind\": \"CALL\", \"date\": \"17.11.2026\"}");
        assertThat(wrongDate.json().get("errors").get(0).get("field").asString()).isEqualTo("date");

        Answer wrongParameter = send("GET", "/api/v1/deals?updatedSince=yesterday", writeToken, null);
        assertThat(wrongParameter.status()).isEqualTo(400);
        assertThat(wrongParameter.json().get("errors").get(0).get("field").asString()).isEqualTo("updatedSince");

        HttpResponse<String> text = HTTP.send(request("POST", "/api/v1/activities", writeToken)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("call")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(text.statusCode()).isEqualTo(415);

        Answer rule = send("POST", "/api/v1/activities", writeToken,
                "{\"repId\": " + company.personId("rep") + ", \"kind\": \"CALL\", \"date\": \"2027-01-01\"}");
        assertThat(rule.status()).isEqualTo(422);
        assertThat(rule.json().get("errors").get(0).get("field").asString()).isEqualTo("date");
        assertThat(rule.json().get("errors").get(0).get("message").asString()).isNotBlank().doesNotContain("activities.rule");

        Answer unknown = send("GET", "/api/v1/nothing-here", writeToken, null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    }

    @Test
    void aHugeBodyIsRefusedBeforeItIsRead() throws Exception {
        String note = "x".repeat(1_500_000);
        Answer huge = send("POST", "/api/v1/activities", writeToken,
                "{\"repId\": " + company.personId("rep") + ", \"kind\": \"CALL\", \"note\": \"" + note + "\"}");
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.json().get("status").asInt()).isEqualTo(413);
    }

    @Test
    void aReplayedIdempotencyKeyGetsTheFirstAnswerAndWritesOnce() throws Exception {
        long rep = company.personId("rep");
        String body = "{\"repId\": " + rep + ", \"kind\": \"CALL\", \"date\": \"2026-11-17\", \"note\": \"API call\"}";
        int before = activities(rep);
        Answer first = sendWithKey("/api/v1/activities", body, "call-42");
        assertThat(first.status()).isEqualTo(201);
        Answer again = sendWithKey("/api/v1/activities", body, "call-42");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(activities(rep)).isEqualTo(before + 1);

        Answer other = sendWithKey("/api/v1/activities", body.replace("CALL", "MEETING"), "call-42");
        assertThat(other.status()).isEqualTo(422);
        assertThat(activities(rep)).isEqualTo(before + 1);
        // Keys belong to a token: another token's same key is a new request.
        String otherToken = token(ApiScope.WRITE, team);
        assertThat(send("POST", "/api/v1/activities", otherToken, body, "call-42").status()).isEqualTo(201);
        assertThat(activities(rep)).isEqualTo(before + 2);
    }

    @Test
    void aSaveOverANewerVersionIsAConflictWithTheCurrentVersion() throws Exception {
        long deal = kept.deal(company.firstDealOf("rep", Stage.QUALIFIED));
        long version = send("GET", "/api/v1/deals/" + deal, writeToken, null).json().get("version").asLong();
        Answer first = send("PUT", "/api/v1/deals/" + deal, writeToken,
                "{\"version\":" + version + ",\"nextStep\":\"Send the offer\"}");
        assertThat(first.status()).isEqualTo(200);
        long current = first.json().get("version").asLong();
        assertThat(current).isGreaterThan(version);

        Answer second = send("PUT", "/api/v1/deals/" + deal, writeToken,
                "{\"version\":" + version + ",\"nextStep\":\"Call the buyer\"}");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("currentVersion").asLong()).isEqualTo(current);
        assertThat(second.json().get("errors").get(0).get("field").asString()).isEqualTo("nextStep");
        assertThat(company.deal(deal).nextStep()).isEqualTo("Send the offer");

        Answer missing = send("PUT", "/api/v1/deals/" + deal, writeToken, "{\"nextStep\":\"No version\"}");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("version");
    }

    @Test
    void aBulkLogIsAllOrNothingAndNamesTheLine() throws Exception {
        long rep = company.personId("rep");
        int before = activities(rep);
        String line = "{\"repId\": " + rep + ", \"kind\": \"CALL\", \"date\": \"%s\"}";
        Answer refused = send("POST", "/api/v1/activities/bulk", writeToken, "{\"activities\": ["
                + line.formatted("2026-11-16") + "," + line.formatted("2026-11-17") + ","
                + line.formatted("2027-03-01") + "]}");
        assertThat(refused.status()).isEqualTo(422);
        JsonNode error = refused.json().get("errors").get(0);
        assertThat(error.get("line").asInt()).isEqualTo(3);
        assertThat(error.get("field").asString()).isEqualTo("date");
        assertThat(activities(rep)).as("nothing saved").isEqualTo(before);

        Answer badType = send("POST", "/api/v1/activities/bulk", writeToken, "{\"activities\": ["
                + line.formatted("2026-11-16") + ", {\"repId\": " + rep + ", \"kind\": \"LUNCH\"}]}");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.json().get("errors").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(badType.json().get("errors").get(0).get("field").asString()).isEqualTo("activities[1].kind");

        Answer logged = send("POST", "/api/v1/activities/bulk", writeToken, "{\"activities\": ["
                + line.formatted("2026-11-16") + "," + line.formatted("2026-11-17") + "]}");
        assertThat(logged.status()).isEqualTo(201);
        assertThat(logged.json().get("logged").asInt()).isEqualTo(2);
        assertThat(activities(rep)).isEqualTo(before + 2);
    }

    @Test
    void pagesCarryTotalAndTheNextLink() throws Exception {
        int inTeam = jdbc.queryForObject("select count(*) from deal d join person p on p.id = d.owner_id"
                + " where p.team_id = ?", Integer.class, team);
        Answer first = send("GET", "/api/v1/deals?size=2", readToken, null);
        assertThat(first.json().get("total").asLong()).isEqualTo(inTeam);
        assertThat(first.json().get("items").size()).isEqualTo(2);
        String next = first.json().get("next").asString();
        assertThat(next).contains("page=1").contains("size=2");
        Answer second = send("GET", URI.create(next).getRawPath() + "?" + URI.create(next).getRawQuery(),
                readToken, null);
        assertThat(second.json().get("items").get(0).get("id").asLong())
                .isGreaterThan(first.json().get("items").get(1).get("id").asLong());

        int won = jdbc.queryForObject("select count(*) from deal d join person p on p.id = d.owner_id"
                + " where p.team_id = ? and d.stage = 'WON'", Integer.class, team);
        assertThat(send("GET", "/api/v1/deals?status=WON&size=200", readToken, null).json().get("total").asLong())
                .isEqualTo(won);
        Answer tooBig = send("GET", "/api/v1/deals?size=201", readToken, null);
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.json().get("errors").get(0).get("field").asString()).isEqualTo("size");
    }

    @Test
    void aTokenOverItsRateIsToldWhenToComeBack() throws Exception {
        String busy = token(ApiScope.READ, team);
        for (int i = 0; i < rateLimit.perMinute(); i++) {
            assertThat(send("GET", "/api/v1/deals?size=1", busy, null).status()).isEqualTo(200);
        }
        Answer refused = send("GET", "/api/v1/deals?size=1", busy, null);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(send("GET", "/api/v1/deals?size=1", readToken, null).status()).as("other tokens go on")
                .isEqualTo(200);
    }

    @Test
    void aWinOverTheApiReachesTheWallAndDashboardsLive() throws Exception {
        long deal = kept.deal(company.firstDealOf("rep", Stage.NEGOTIATION));
        List<TeamEvent> seen = new CopyOnWriteArrayList<>();
        LiveUpdates.Subscription subscription = liveUpdates.subscribe(team, seen::add);
        try {
            JsonNode before = send("GET", "/api/v1/deals/" + deal, writeToken, null).json();
            java.math.BigDecimal amount = before.get("amount").decimalValue().add(java.math.BigDecimal.valueOf(500));
            Answer won = send("POST", "/api/v1/deals/" + deal + "/win", writeToken,
                    "{\"version\":" + before.get("version").asLong() + ",\"amount\": " + amount + "}");
            assertThat(won.status()).as(won.body()).isEqualTo(200);
            assertThat(won.json().get("stage").asString()).isEqualTo("WON");
            assertThat(won.json().get("amount").decimalValue()).isEqualByComparingTo(amount);
            await().atMost(Duration.ofSeconds(1)).until(() -> seen.stream().anyMatch(event ->
                    event instanceof DealChanged changed && changed.dealId() == deal
                            && changed.kind() == DealChanged.Kind.WON));
        } finally {
            subscription.cancel();
        }
        assertThat(company.deal(deal).stage()).isEqualTo(Stage.WON);
        assertThat(jdbc.queryForObject("select count(*) from stage_change where deal_id = ? and to_stage = 'WON'",
                Integer.class, deal)).isEqualTo(1);
        Answer again = send("POST", "/api/v1/deals/" + deal + "/lose", writeToken,
                "{\"version\":0,\"reason\":\"Too late\"}");
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void createsUpdatesByExternalIdAndMovesADeal() throws Exception {
        long rep = company.personId("rep");
        long account = company.firstAccountOf("rep");
        Answer created = send("POST", "/api/v1/deals", writeToken, """
                {"name": "API deal", "accountId": %d, "ownerId": %d, "amount": 5000, "grossProfit": 1500,
                 "expectedCloseDate": "2026-12-20"}""".formatted(account, rep));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/deals/" + created.json().get("id").asLong());
        String externalId = created.json().get("externalId").asString();
        long id = created.json().get("id").asLong();

        Answer updated = send("PUT", "/api/v1/deals/external/" + externalId, writeToken,
                "{\"version\":" + created.json().get("version").asLong() + ",\"amount\": 6000}");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("amount").decimalValue()).isEqualByComparingTo("6000");

        Answer moved = send("POST", "/api/v1/deals/" + id + "/stage", writeToken,
                "{\"version\":" + updated.json().get("version").asLong() + ",\"stage\":\"QUALIFIED\"}");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("stage").asString()).isEqualTo("QUALIFIED");
        assertThat(jdbc.queryForObject("select count(*) from stage_change where deal_id = ?", Integer.class, id))
                .as("created in Prospect, then Qualified").isEqualTo(2);

        Answer ownerless = send("POST", "/api/v1/deals", writeToken, "{\"name\": \"No owner\"}");
        assertThat(ownerless.status()).isEqualTo(422);
        assertThat(ownerless.json().get("errors").get(0).get("field").asString()).isEqualTo("ownerId");
        Answer badGp = send("POST", "/api/v1/deals", writeToken, """
                {"name": "GP too high", "accountId": %d, "ownerId": %d, "amount": 100, "grossProfit": 500,
                 "expectedCloseDate": "2026-12-20"}""".formatted(account, rep));
        assertThat(badGp.status()).isEqualTo(422);
        assertThat(badGp.json().get("errors").get(0).get("field").asString()).isEqualTo("grossProfit");
    }

    @Test
    void accountsTargetsAndPaceAreReadAndAccountsWritten() throws Exception {
        long rep = company.personId("rep");
        Answer created = send("POST", "/api/v1/accounts", writeToken,
                "{\"name\": \"Api Account GmbH\", \"ownerId\": " + rep + ", \"city\": \"Köln\"}");
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        Answer renamed = send("PUT", "/api/v1/accounts/" + id, writeToken,
                "{\"version\": " + created.json().get("version").asLong() + ", \"industry\": \"Retail\"}");
        assertThat(renamed.json().get("industry").asString()).isEqualTo("Retail");
        assertThat(renamed.json().get("city").asString()).isEqualTo("Köln");
        assertThat(send("GET", "/api/v1/accounts?text=Api%20Account", readToken, null).json().get("total").asLong())
                .isEqualTo(1);
        long outsiders = company.firstAccountOf(company.repOfAnotherTeam("rep"));
        assertThat(send("GET", "/api/v1/accounts/" + outsiders, readToken, null).status()).isEqualTo(404);

        Answer pace = send("GET", "/api/v1/pace?period=QUARTER", readToken, null);
        assertThat(pace.status()).isEqualTo(200);
        assertThat(pace.json().get("teams").size()).isEqualTo(1);
        assertThat(pace.json().get("teams").get(0).get("teamId").asLong()).isEqualTo(team);
        assertThat(pace.json().get("teams").get(0).get("reps").valueStream().map(r -> r.get("personId").asLong()))
                .contains(rep).doesNotContain(company.personId(company.repOfAnotherTeam("rep")));
        Answer targets = send("GET", "/api/v1/targets", readToken, null);
        assertThat(targets.status()).isEqualTo(200);
        assertThat(targets.json().get("reps").valueStream().map(r -> r.get("teamId").asLong()))
                .isNotEmpty().allMatch(teamId -> teamId == team);
        assertThat(send("GET", "/api/v1/pace?period=DECADE", readToken, null).status()).isEqualTo(400);
    }

    @Test
    void theDocumentationIsOpenAndTheAppStillServesItsPages() throws Exception {
        Answer document = send("GET", "/api/v1/openapi.json", null, null);
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().get("paths").has("/api/v1/deals/{id}/win")).isTrue();
        assertThat(document.json().get("components").get("securitySchemes").get("bearer").get("scheme").asString())
                .isEqualTo("bearer");
        HttpResponse<String> docs = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/docs")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).isEqualTo(302);
        String location = docs.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> ui = HTTP.send(HttpRequest.newBuilder(URI.create(base()).resolve(location)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui").doesNotContain("Vaadin");
        HttpResponse<String> config = HTTP.send(HttpRequest.newBuilder(URI.create(base()
                + "/api/docs/swagger-ui/swagger-initializer.js")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("/api/v1/openapi.json");
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("<html");
    }

    private int activities(long rep) {
        return jdbc.queryForObject("select count(*) from activity where rep_id = ?", Integer.class, rep);
    }

    private Answer sendWithKey(String path, String body, String key) throws IOException, InterruptedException {
        return send("POST", path, writeToken, body, key);
    }

    private Answer send(String method, String path, String token, String body) throws IOException, InterruptedException {
        return send(method, path, token, body, null);
    }

    private Answer send(String method, String path, String token, String body, String key)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(method, path, token);
        if (key != null) {
            request.header("Idempotency-Key", key);
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

    private HttpRequest.Builder request(String method, String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
