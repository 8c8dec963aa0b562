package com.salespact.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.base.RuleViolation;
import com.salespact.deals.ClosingDraft;
import com.salespact.deals.ClosingService;
import com.salespact.deals.ClosingSettlement;
import com.salespact.deals.ClosingTestDeals;
import com.salespact.deals.DealDetails;
import com.salespact.deals.DealService;
import com.salespact.deals.Stage;
import com.salespact.messaging.WebhookReceiver.Reply;
import com.salespact.pact.PactSigned;
import com.salespact.people.NotificationService;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Slack and Teams end to end against a real HTTP receiver in the test JVM: what each event posts (field by field, in
 * each shape), once; retries on 500 and 429 (Retry-After honoured), failure at once on 404; deleted and disabled
 * connections; masking; who may keep which team's connections; the personal chat choice. No mail server is
 * configured here (as on a fresh install): chat posts go anyway.
 */
@SpringBootTest
@ActiveProfiles("test")
class ChatOutboxTest {

    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static WebhookReceiver receiver;

    @Autowired ChatConnectionService connections;
    @Autowired PreferenceService preferences;
    @Autowired OutboxWorker worker;
    @Autowired OutboxService outbox;
    @Autowired WeeklyPaceJob weeklyPace;
    @Autowired NotificationService notifications;
    @Autowired DealService deals;
    @Autowired ClosingService closings;
    @Autowired ClosingSettlement settlement;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired UserDetailsService users;
    @Autowired SeededCompany company;
    @Autowired JdbcTemplate jdbc;

    private ClosingTestDeals fresh;

    @BeforeAll
    static void startReceiver() throws java.io.IOException {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @BeforeEach
    void setUp() {
        fresh = new ClosingTestDeals(deals, users, jdbc);
        cleanUp();
    }

    @AfterEach
    void cleanUp() {
        TestSupport.signOut();
        if (fresh != null) {
            fresh.deleteAll();
        }
        receiver.reset();
        jdbc.update("delete from outbox_message");
        jdbc.update("delete from message_preference");
        jdbc.update("delete from personal_chat");
        jdbc.update("delete from chat_connection where webhook_url like 'http://127.0.0.1:%'");
    }

    // --- what is posted, and how often -----------------------------------------------------------------------------

    @Test
    void aWinIsCelebratedInEachConnectionOfTheTeamThatAskedOnceAndWithWhatTheWallShowsOnly() {
        long team = company.teamOf("rep");
        TestSupport.signIn(users, "manager");
        long slack = add(team, "#wins", ChatType.SLACK, "/slack/wins", ChatEvent.DEAL_WON);
        long teams = add(team, "Sales channel", ChatType.TEAMS, "/teams/wins", ChatEvent.DEAL_WON,
                ChatEvent.WEEKLY_PACE);
        add(team, "Pacts only", ChatType.SLACK, "/slack/pacts", ChatEvent.PACT_SIGNED);
        long off = add(team, "Switched off", ChatType.SLACK, "/slack/off", ChatEvent.DEAL_WON);
        connections.setEnabled(off, false);
        TestSupport.signIn(users, "admin");
        add(company.teamOf(company.repOfAnotherTeam("rep")), "Other team", ChatType.SLACK, "/slack/other",
                ChatEvent.DEAL_WON);

        win("rep", "Chat test – Northwind renewal", "41500.00");
        assertThat(rows("select count(*) from outbox_message where channel = 'CHAT'"))
                .as("queued with the win, one per connection that wants it").isEqualTo(2);

        assertThat(worker.deliverDue()).isEqualTo(2);
        assertThat(receiver.all()).extracting(WebhookReceiver.Received::path)
                .containsExactlyInAnyOrder("/slack/wins", "/teams/wins");
        String rep = company.fullName("rep");
        String line = rep + " just won Chat test – Northwind renewal · €41,500";

        WebhookReceiver.Received slackPost = receiver.at("/slack/wins").getFirst();
        assertThat(slackPost.contentType()).startsWith("application/json");
        JsonNode slackJson = JSON.readTree(slackPost.body());
        assertThat(names(slackJson)).containsExactly("text", "blocks");
        assertThat(slackJson.get("text").asString()).isEqualTo("Deal won! — " + line);
        assertThat(slackJson.get("blocks")).hasSize(2);
        JsonNode section = slackJson.get("blocks").get(0);
        assertThat(section.get("type").asString()).isEqualTo("section");
        assertThat(section.get("text").get("type").asString()).isEqualTo("mrkdwn");
        assertThat(section.get("text").get("text").asString()).isEqualTo("*Deal won!*\n" + line);
        JsonNode context = slackJson.get("blocks").get(1);
        assertThat(context.get("type").asString()).isEqualTo("context");
        assertThat(context.get("elements").get(0).get("text").asString())
                .isEqualTo("<http://localhost:8080/|Open SalesPact Demo Ltd>");

        JsonNode teamsJson = JSON.readTree(receiver.at("/teams/wins").getFirst().body());
        assertThat(teamsJson.get("type").asString()).isEqualTo("message");
        assertThat(teamsJson.get("attachments")).hasSize(1);
        JsonNode attachment = teamsJson.get("attachments").get(0);
        assertThat(attachment.get("contentType").asString()).isEqualTo("application/vnd.microsoft.card.adaptive");
        JsonNode card = attachment.get("content");
        assertThat(card.get("type").asString()).isEqualTo("AdaptiveCard");
        assertThat(card.get("version").asString()).isEqualTo("1.4");
        assertThat(card.get("$schema").asString()).isEqualTo("http://adaptivecards.io/schemas/adaptive-card.json");
        assertThat(card.get("body")).hasSize(2);
        assertThat(card.get("body").get(0).get("type").asString()).isEqualTo("TextBlock");
        assertThat(card.get("body").get(0).get("text").asString()).isEqualTo("Deal won!");
        assertThat(card.get("body").get(0).get("weight").asString()).isEqualTo("Bolder");
        assertThat(card.get("body").get(1).get("text").asString()).isEqualTo(line);
        assertThat(card.get("body").get(1).get("wrap").asBoolean()).isTrue();
        assertThat(card.get("actions").get(0).get("type").asString()).isEqualTo("Action.OpenUrl");
        assertThat(card.get("actions").get(0).get("url").asString()).isEqualTo("http://localhost:8080/");

        assertThat(worker.deliverDue()).as("sent once").isZero();
        assertThat(receiver.all()).hasSize(2);
        assertThat(rows("select count(*) from outbox_message where status = 'SENT' and recipient_address in (?, ?)",
                "chat:" + slack, "chat:" + teams)).isEqualTo(2);
    }

    @Test
    void aPactInForceIsAnnouncedByNameAndVersionOnlyOncePerConnection() {
        long team = company.teamOf("rep");
        TestSupport.signIn(users, "manager");
        add(team, "#pacts", ChatType.SLACK, "/slack/pacts", ChatEvent.PACT_SIGNED);
        add(team, "#wins", ChatType.SLACK, "/slack/wins", ChatEvent.DEAL_WON);
        PactSigned signed = new PactSigned(company.personId("rep"), 987654L, 3);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> events.publishEvent(signed));
        transaction.executeWithoutResult(status -> events.publishEvent(signed));

        assertThat(worker.deliverDue()).isEqualTo(1);
        JsonNode slack = JSON.readTree(receiver.at("/slack/pacts").getFirst().body());
        assertThat(slack.get("text").asString()).isEqualTo("Sales pact signed — The sales pact of "
                + company.fullName("rep") + " (version 3) is signed and in force");
        assertThat(receiver.at("/slack/wins")).isEmpty();
    }

    @Test
    void mondaysTeamPaceIsTheWallsPaceTileAndIsQueuedOncePerWeek() {
        long team = company.teamOf("rep");
        String teamName = jdbc.queryForObject("select name from team where id = ?", String.class, team);
        TestSupport.signIn(users, "manager");
        add(team, "Teams pace", ChatType.TEAMS, "/teams/pace", ChatEvent.WEEKLY_PACE);
        TestSupport.signOut();

        assertThat(weeklyPace.run()).isEqualTo(1);
        assertThat(weeklyPace.run()).as("a second run in the same ISO week (another node)").isZero();
        assertThat(worker.deliverDue()).isEqualTo(1);
        JsonNode body = JSON.readTree(receiver.at("/teams/pace").getFirst().body())
                .get("attachments").get(0).get("content").get("body");
        assertThat(body).hasSize(3);
        assertThat(body.get(0).get("text").asString()).isEqualTo("Team pace this week");
        assertThat(body.get(1).get("text").asString()).isEqualTo(teamName + " · Q4 FY2026");
        assertThat(body.get(2).get("text").asString())
                .matches("Won €[\\d,]+ of the €[\\d,]+ quarter target · pace \\d+% · (On track|Behind|At risk)");
        String all = receiver.all().getFirst().body();
        company.activeRepNamesOf(team).forEach(name -> assertThat(all).as("no rep named").doesNotContain(name));
    }

    @Test
    void aTestMessageGoesThroughTheOutboxAlsoForASwitchedOffConnection() {
        TestSupport.signIn(users, "manager");
        long id = add(company.teamManagedBy("manager"), "#try", ChatType.SLACK, "/slack/try", ChatEvent.DEAL_WON);
        connections.setEnabled(id, false);
        connections.sendTest(id);
        connections.sendTest(id);
        assertThat(receiver.all()).as("no request thread posts").isEmpty();
        assertThat(worker.deliverDue()).isEqualTo(2);
        assertThat(JSON.readTree(receiver.at("/slack/try").getFirst().body()).get("text").asString())
                .isEqualTo("Test message from SalesPact — The connection #try works: this channel will receive the"
                        + " events chosen for it.");
    }

    @Test
    void chatPostsDoNotWaitForAMailServer() {
        TestSupport.signIn(users, "manager");
        long id = add(company.teamManagedBy("manager"), "#try", ChatType.SLACK, "/slack/try", ChatEvent.DEAL_WON);
        notifications.notify(company.personId("rep"), "TARGET_CHANGED", () -> "Your target changed", "targets");
        connections.sendTest(id);
        assertThat(worker.deliverDue()).isEqualTo(1);
        assertThat(jdbc.queryForList("select channel, status, last_error from outbox_message order by channel"))
                .extracting(row -> row.get("CHANNEL") + " " + row.get("STATUS") + " " + row.get("LAST_ERROR"))
                .containsExactly("CHAT SENT null", "MAIL QUEUED " + OutboxWorker.NO_MAIL_SERVER);
    }

    // --- when the webhook answers badly ----------------------------------------------------------------------------

    @Test
    void a500IsTriedAgainAfterTheBackOffAndThenSentOnce() {
        long id = managerAdds("/slack/flaky");
        receiver.script("/slack/flaky", Reply.of(500, "internal_error"), Reply.of(200, "ok"));
        connections.sendTest(id);

        assertThat(worker.deliverDue()).isZero();
        Map<String, Object> row = row();
        assertThat(row.get("STATUS")).isEqualTo("QUEUED");
        assertThat(row.get("ATTEMPTS")).isEqualTo(1);
        assertThat(row.get("LAST_ERROR")).isEqualTo("HTTP 500: internal_error");
        assertThat(instant(row.get("NEXT_ATTEMPT_AT"))).isEqualTo(NOW.plusSeconds(30));
        assertThat(worker.deliverDue()).as("not due yet").isZero();

        dueNow();
        assertThat(worker.deliverDue()).isEqualTo(1);
        assertThat(receiver.at("/slack/flaky")).hasSize(2);
        assertThat(row().get("STATUS")).isEqualTo("SENT");
        assertThat(row().get("ATTEMPTS")).isEqualTo(2);
    }

    @Test
    void a429WaitsAsLongAsRetryAfterSays() {
        long id = managerAdds("/slack/busy");
        receiver.script("/slack/busy", new Reply(429, "rate_limited", Map.of("Retry-After", "120")));
        connections.sendTest(id);

        assertThat(worker.deliverDue()).isZero();
        Map<String, Object> row = row();
        assertThat(row.get("STATUS")).isEqualTo("QUEUED");
        assertThat(row.get("LAST_ERROR")).isEqualTo("HTTP 429: rate_limited");
        assertThat(instant(row.get("NEXT_ATTEMPT_AT"))).isEqualTo(NOW.plusSeconds(120));
        dueNow();
        assertThat(worker.deliverDue()).isEqualTo(1);
        assertThat(receiver.at("/slack/busy")).hasSize(2);
    }

    @Test
    void a404FailsAtOnceWithTheStatusAndTheStartOfTheBody() {
        long id = managerAdds("/slack/revoked");
        String body = "no_service " + "x".repeat(300);
        receiver.script("/slack/revoked", Reply.of(404, body));
        connections.sendTest(id);

        assertThat(worker.deliverDue()).isZero();
        Map<String, Object> row = row();
        assertThat(row.get("STATUS")).isEqualTo("FAILED");
        assertThat(row.get("ATTEMPTS")).isEqualTo(1);
        assertThat(row.get("LAST_ERROR")).isEqualTo("HTTP 404: " + body.substring(0, 200));
        dueNow();
        assertThat(worker.deliverDue()).isZero();
        assertThat(receiver.all()).hasSize(1);
    }

    @Test
    void aRefusedConnectionIsTriedAgain() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        TestSupport.signIn(users, "manager");
        ChatConnectionDraft draft = draft("#nowhere", ChatType.SLACK, "http://127.0.0.1:" + closedPort + "/hook",
                ChatEvent.DEAL_WON);
        long id = connections.add(company.teamManagedBy("manager"), draft).id();
        connections.sendTest(id);
        assertThat(worker.deliverDue()).isZero();
        assertThat(row().get("STATUS")).isEqualTo("QUEUED");
        assertThat((String) row().get("LAST_ERROR")).startsWith("connection failed").doesNotContain("/hook");
        jdbc.update("delete from chat_connection where id = ?", id);
    }

    @Test
    void aPostForADeletedOrSwitchedOffConnectionFailsWithTheReasonAndGoesNowhere() {
        long team = company.teamManagedBy("manager");
        TestSupport.signIn(users, "manager");
        long gone = add(team, "#gone", ChatType.SLACK, "/slack/gone", ChatEvent.PACT_SIGNED);
        long off = add(team, "#off", ChatType.SLACK, "/slack/off", ChatEvent.PACT_SIGNED);
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                events.publishEvent(new PactSigned(company.personId("rep"), 55555L, 2)));
        connections.delete(gone);
        connections.setEnabled(off, false);

        assertThat(worker.deliverDue()).isZero();
        assertThat(receiver.all()).isEmpty();
        assertThat(jdbc.queryForMap("select status, last_error from outbox_message where recipient_address = ?",
                "chat:" + gone)).containsEntry("STATUS", "FAILED")
                .containsEntry("LAST_ERROR", "messaging.chat.error.connection-gone");
        assertThat(jdbc.queryForMap("select status, last_error from outbox_message where recipient_address = ?",
                "chat:" + off)).containsEntry("STATUS", "FAILED")
                .containsEntry("LAST_ERROR", "messaging.chat.error.connection-disabled");
    }

    // --- the secret and who keeps it --------------------------------------------------------------------------------

    @Test
    void theWebhookUrlIsShownMaskedAndNeverStoredWithAPost() {
        TestSupport.signIn(users, "manager");
        long team = company.teamManagedBy("manager");
        long id = add(team, "#wins", ChatType.SLACK, "/services/T0001/B0002/SuperSecretToken1234", ChatEvent.DEAL_WON);
        ChatConnectionLine line = connections.list(team).stream().filter(l -> l.id() == id).findFirst().orElseThrow();
        assertThat(line.maskedUrl()).isEqualTo("http://127.0.0.1/…/1234").doesNotContain("SuperSecret");
        assertThat(WebhookUrls.mask("https://hooks.slack.com/services/T00/B00/abcdefghWXYZ"))
                .isEqualTo("https://hooks.slack.com/…/WXYZ");

        receiver.script("/services/T0001/B0002/SuperSecretToken1234", Reply.of(404, "no_service"));
        connections.sendTest(id);
        worker.deliverDue();
        assertThat(rows("select count(*) from outbox_message where body_text like '%SuperSecret%'"
                + " or body_html like '%SuperSecret%' or recipient_address like '%SuperSecret%'"
                + " or recipient_name like '%SuperSecret%' or last_error like '%SuperSecret%'"
                + " or subject like '%SuperSecret%' or link like '%SuperSecret%'")).isZero();
        TestSupport.signIn(users, "admin");
        assertThat(outbox.page(null, 0, 10)).singleElement().satisfies(post -> {
            assertThat(post.recipientName()).isEqualTo("#wins · http://127.0.0.1/…/1234");
            assertThat(post.recipientAddress()).isEqualTo("chat:" + id);
        });
    }

    @Test
    void theAddressMustBeAnAbsoluteHttpsUrlAndIsCheckedAtItsField() {
        TestSupport.signIn(users, "manager");
        long team = company.teamManagedBy("manager");
        for (String bad : new String[] {"", "hooks.slack.com/services/x", "ftp://hooks.slack.com/x", "https://",
                "not a url"}) {
            assertThatThrownBy(() -> connections.add(team, draft("#x", ChatType.SLACK, bad, ChatEvent.DEAL_WON)))
                    .as(bad).isInstanceOfSatisfying(RuleViolation.class,
                            violation -> assertThat(violation.field()).isEqualTo("webhookUrl"));
        }
        WebhookUrls httpsOnly = new WebhookUrls(false);
        assertThatThrownBy(() -> httpsOnly.checked("webhookUrl", "http://hooks.example.com/x"))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.field()).isEqualTo("webhookUrl");
                    assertThat(violation.getMessage()).isEqualTo(
                            "Enter a complete https:// address, as Slack or Teams shows it");
                });
        assertThat(httpsOnly.checked("webhookUrl", " https://hooks.slack.com/services/T/B/x "))
                .isEqualTo("https://hooks.slack.com/services/T/B/x");
        assertThatThrownBy(() -> connections.add(team, draft(" ", ChatType.SLACK, receiver.url("/a"),
                ChatEvent.DEAL_WON))).isInstanceOfSatisfying(RuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo("name"));
        ChatConnectionDraft noEvents = draft("#x", ChatType.SLACK, receiver.url("/a"));
        assertThatThrownBy(() -> connections.add(team, noEvents)).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.field()).isEqualTo("events"));
    }

    @Test
    void aManagerKeepsOnlyTheirOwnTeamsConnectionsAndARepNone() {
        long own = company.teamManagedBy("manager");
        long other = company.teamOf(company.repOfAnotherTeam("rep"));
        TestSupport.signIn(users, "admin");
        long theirs = add(other, "#theirs", ChatType.SLACK, "/slack/theirs", ChatEvent.DEAL_WON);
        assertThat(connections.teams()).hasSizeGreaterThan(1);

        TestSupport.signIn(users, "manager");
        assertThat(connections.teams()).extracting(t -> t.id()).containsExactly(own);
        long mine = add(own, "#mine", ChatType.SLACK, "/slack/mine", ChatEvent.DEAL_WON);
        assertThatThrownBy(() -> connections.list(other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> connections.add(other, draft("#sneaky", ChatType.SLACK, receiver.url("/s"),
                ChatEvent.DEAL_WON))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> connections.setEnabled(theirs, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> connections.sendTest(theirs)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> connections.delete(theirs)).isInstanceOf(AccessDeniedException.class);

        TestSupport.signIn(users, "rep");
        assertThatThrownBy(() -> connections.list(own)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> connections.teams()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> connections.add(own, draft("#rep", ChatType.SLACK, receiver.url("/r"),
                ChatEvent.DEAL_WON))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> connections.sendTest(mine)).isInstanceOf(AccessDeniedException.class);

        TestSupport.signIn(users, "admin");
        assertThat(connections.list(other)).extracting(ChatConnectionLine::id).contains(theirs);
        assertThat(connections.list(own)).extracting(ChatConnectionLine::id).contains(mine);
        assertThat(rows("select count(*) from chat_connection where name = '#sneaky' or name = '#rep'")).isZero();
    }

    // --- a person's own chat ------------------------------------------------------------------------------------------

    @Test
    void chatIsOfferedOnlyWithAPersonalWebhookAndThenReplacesTheMail() {
        TestSupport.signIn(users, "rep");
        assertThat(preferences.myChat()).isEmpty();
        assertThat(preferences.mine()).allSatisfy(line -> assertThat(line.choices()).doesNotContain(Delivery.CHAT));
        assertThatThrownBy(() -> preferences.save(Map.of("TARGET_CHANGED", Delivery.CHAT)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> preferences.saveMyChat(ChatType.TEAMS, "hooks.example.com/x"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("webhookUrl"));

        assertThat(preferences.saveMyChat(ChatType.TEAMS, receiver.url("/teams/me/abcd")).maskedUrl())
                .isEqualTo("http://127.0.0.1/…/abcd");
        assertThat(preferences.mine()).filteredOn(line -> line.kind().equals("TARGET_CHANGED")).singleElement()
                .satisfies(line -> assertThat(line.choices()).containsExactly(Delivery.EMAIL, Delivery.CHAT,
                        Delivery.IN_APP));
        assertThat(preferences.mine()).filteredOn(line -> line.kind().equals("REVIEW_INVITATION")).singleElement()
                .satisfies(line -> assertThat(line.choices()).doesNotContain(Delivery.CHAT));
        preferences.save(Map.of("TARGET_CHANGED", Delivery.CHAT));

        long rep = company.personId("rep");
        TestSupport.signIn(users, "manager");
        notifications.notify(rep, "TARGET_CHANGED", () -> "Your target for FY 2026 changed", "targets?year=2026");
        notifications.notify(rep, "PACT_PROPOSED", () -> "Your pact is ready", "pacts");
        assertThat(jdbc.queryForList("select channel from outbox_message where recipient_id = ? order by channel",
                String.class, rep)).as("the target by chat, the pact by mail as before").containsExactly("CHAT", "MAIL");

        assertThat(worker.deliverDue()).isEqualTo(1);
        JsonNode card = JSON.readTree(receiver.at("/teams/me/abcd").getFirst().body())
                .get("attachments").get(0).get("content");
        assertThat(card.get("body").get(0).get("text").asString()).isEqualTo("Your target changed");
        assertThat(card.get("body").get(1).get("text").asString()).isEqualTo("Your target for FY 2026 changed");
        assertThat(card.get("actions").get(0).get("url").asString())
                .isEqualTo("http://localhost:8080/targets?year=2026");
        assertThat(card.get("actions").get(0).get("title").asString()).isEqualTo("Open in SalesPact");

        TestSupport.signIn(users, "rep");
        assertThat(preferences.removeMyChat()).filteredOn(line -> line.kind().equals("TARGET_CHANGED"))
                .singleElement().satisfies(line -> {
                    assertThat(line.delivery()).as("back to the default").isEqualTo(Delivery.EMAIL);
                    assertThat(line.chosen()).isFalse();
                });
        assertThat(preferences.myChat()).isEmpty();
        assertThat(preferences.unsubscribe(null)).isEmpty();
    }

    @Test
    void aRemovedPersonalWebhookPostsNothing() {
        TestSupport.signIn(users, "rep");
        preferences.saveMyChat(ChatType.SLACK, receiver.url("/slack/me"));
        preferences.save(Map.of("TARGET_CHANGED", Delivery.CHAT));
        TestSupport.signIn(users, "manager");
        notifications.notify(company.personId("rep"), "TARGET_CHANGED", () -> "Changed", null);
        jdbc.update("delete from personal_chat");
        assertThat(worker.deliverDue()).isZero();
        assertThat(row()).containsEntry("STATUS", "FAILED")
                .containsEntry("LAST_ERROR", "messaging.chat.error.personal-gone");
        assertThat(receiver.all()).isEmpty();
    }

    // --- helpers ------------------------------------------------------------------------------------------------------

    private long managerAdds(String path) {
        TestSupport.signIn(users, "manager");
        return add(company.teamManagedBy("manager"), "#hook", ChatType.SLACK, path, ChatEvent.DEAL_WON);
    }

    private long add(long team, String name, ChatType type, String path, ChatEvent... events) {
        return connections.add(team, draft(name, type, receiver.url(path), events)).id();
    }

    private static ChatConnectionDraft draft(String name, ChatType type, String url, ChatEvent... events) {
        ChatConnectionDraft draft = new ChatConnectionDraft();
        draft.setName(name);
        draft.setType(type);
        draft.setWebhookUrl(url);
        draft.setEvents(events.length == 0 ? EnumSet.noneOf(ChatEvent.class) : EnumSet.copyOf(List.of(events)));
        return draft;
    }

    /** A real win: confirmed by the rep, applied by the settlement once the undo window has passed. */
    private void win(String username, String dealName, String amount) {
        DealDetails deal = fresh.negotiation(username, dealName);
        TestSupport.signIn(users, username);
        closings.close(deal.id(), deal.version(), Stage.WON,
                new ClosingDraft(new BigDecimal(amount), LocalDate.of(2026, 11, 17), null));
        java.time.Duration window = closings.undoWindow();
        TestSupport.signOut();
        assertThat(settlement.settleDue(NOW.plus(window))).isEqualTo(1);
    }

    private Map<String, Object> row() {
        return jdbc.queryForMap("select status, attempts, last_error, next_attempt_at from outbox_message");
    }

    private void dueNow() {
        jdbc.update("update outbox_message set next_attempt_at = ? where status = 'QUEUED'", Timestamp.from(NOW));
    }

    private int rows(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant()
                : value instanceof java.time.OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }

    private static List<String> names(JsonNode node) {
        return StreamSupport.stream(node.propertyNames().spliterator(), false).toList();
    }
}
