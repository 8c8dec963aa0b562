package com.salespact.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import com.salespact.Application;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.salespact.LogCapture;
import com.salespact.people.NotificationService;
import com.salespact.reviews.CatchUpService;
import com.salespact.reviews.CatchUpView;
import com.salespact.security.SystemPrincipal;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * Two nodes on one PostgreSQL, started at the same moment as a cluster restart does (issue 17, decision 019): two
 * full application contexts in this JVM, on a fresh schema of their own, each on a mock servlet context as every
 * {@code @SpringBootTest} here (a real server per node would add Vaadin's dev-mode start-up twice and test nothing
 * the database decides). Afterwards
 * the demo company and its review history exist once, the start-up catch-up check ran on one node, both nodes
 * drafting catch-up plans at once leave one open plan per rep (the database's unique key decides), a scheduled job
 * triggered on both nodes at once runs once, both nodes' outbox workers deliver every mail exactly once to one SMTP
 * server (GreenMail, in this JVM), and neither node logged an ERROR or a stack trace.
 */
@EnabledIfPostgres
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesPostgresTest {

    /** Its own schema: the other PostgreSQL tests clean and seed the default one, and this test must start empty. */
    private static final String SCHEMA = "two_nodes_test";
    private static final Pattern REVIEWS_SEEDED = Pattern.compile("Seeded the demo review history in \\d+ ms: (\\d+) reviews");

    private static final Pattern OUTBOX_ROW = Pattern.compile("<outbox-(\\d+)\\..*");
    /** How many mails the two workers race to deliver at once. */
    private static final int MAILS = 50;

    private static GreenMail smtp;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static LogCapture logs;
    private static SecurityContextHolderStrategy previousStrategy;

    @BeforeAll
    static void startTwoNodesAtTheSameMoment() throws Exception {
        freshSchema();
        smtp = smtpServer();
        // Logging set up once before the nodes start: each Spring Boot start would otherwise reset Logback (and the
        // capture with it), and two starting at once would do so concurrently.
        LoggingSystem logging = LoggingSystem.get(TwoNodesPostgresTest.class.getClassLoader());
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(new StandardEnvironment()), null, null);
        logs = LogCapture.start();
        // One JVM, two contexts: each would install its own Vaadin security-context strategy globally, and a job on
        // one node would sign in as the system on the other's. One shared instance serves both (one thread, one node).
        previousStrategy = SecurityContextHolder.getContextHolderStrategy();
        VaadinAwareSecurityContextHolderStrategy shared = new VaadinAwareSecurityContextHolderStrategy();

        long started = System.nanoTime();
        List<ConfigurableApplicationContext> nodes = atTheSameMoment(() -> node("a", shared), () -> node("b", shared));
        nodeA = nodes.get(0);
        nodeB = nodes.get(1);
        System.out.printf("[two-nodes] both nodes started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    @AfterAll
    static void stopNodes() throws Exception {
        try {
            for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
                if (node != null) {
                    node.close();
                }
            }
        } finally {
            if (logs != null) {
                logs.close();
            }
            if (smtp != null) {
                smtp.stop();
            }
            ((Logger) LoggerFactory.getLogger("net.javacrumbs.shedlock")).setLevel(null);
            ((Logger) LoggerFactory.getLogger("com.salespact.reviews.CatchUpService")).setLevel(null);
            if (previousStrategy != null) {
                SecurityContextHolder.setContextHolderStrategy(previousStrategy);
            }
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + SCHEMA + " cascade");
            }
        }
    }

    @Test
    @Order(1)
    void theDemoCompanyAndItsReviewHistoryAreSeededOnce() {
        JdbcTemplate jdbc = jdbc();
        assertThat(logs.count("Seeded the demo company in ")).as("demo company seeded by one node").isEqualTo(1);
        assertThat(logs.count("Seeded the demo review history in ")).as("review history seeded by one node")
                .isEqualTo(1);
        int seededReviews = logs.events().stream().map(e -> REVIEWS_SEEDED.matcher(e.getFormattedMessage()))
                .filter(Matcher::matches).mapToInt(m -> Integer.parseInt(m.group(1))).findFirst().orElseThrow();
        assertThat(seededReviews).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from review", Integer.class)).isEqualTo(seededReviews);
        assertThat(jdbc.queryForObject("select count(*) from person where username = 'admin'", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from team", Integer.class)).isEqualTo(2);
        System.out.printf("[two-nodes] %d reviews, %d people, %d deals after both nodes started%n", seededReviews,
                jdbc.queryForObject("select count(*) from person", Integer.class),
                jdbc.queryForObject("select count(*) from deal", Integer.class));
        assertNoErrors();
    }

    @Test
    @Order(2)
    void theStartUpCatchUpCheckRanOnOneNode() {
        // Both nodes try it in the background once started: one runs it, the other finds the lock taken.
        await().atMost(Duration.ofSeconds(30)).until(() -> logs.count("Catch-up check: ") == 1
                && logs.count("Not executing 'catch-up-check'") == 1);
        JdbcTemplate jdbc = jdbc();
        assertThat(jdbc.queryForObject("select count(*) from catch_up_plan where status <> 'CLOSED'", Integer.class))
                .isPositive();
        assertThat(repsWithTwoOpenPlans(jdbc)).isZero();
        assertNoErrors();
    }

    @Test
    @Order(3)
    void bothNodesDraftingAtOnceDraftEachPlanOnce() throws Exception {
        JdbcTemplate jdbc = jdbc();
        jdbc.update("delete from action_item where catch_up_plan_id is not null");
        jdbc.update("delete from agenda_item where text like 'Catch-up plan:%'");
        jdbc.update("delete from catch_up_plan");
        // The check itself, without the cluster lock: the database alone must keep one open plan per rep.
        Object checkA = nodeA.getBean("catchUpJob");
        Object checkB = nodeB.getBean("catchUpJob");
        long meanwhileBefore = logs.containing("drafted meanwhile elsewhere");
        List<Integer> open = atTheSameMoment(() -> (Integer) call(checkA, "run"), () -> (Integer) call(checkB, "run"));

        int plans = jdbc.queryForObject("select count(*) from catch_up_plan", Integer.class);
        assertThat(plans).isPositive();
        assertThat(open).as("reps with an open plan, as each node saw it").containsOnly(plans);
        assertThat(repsWithTwoOpenPlans(jdbc)).isZero();
        // The refused draft left nothing behind: one agenda point per plan.
        assertThat(jdbc.queryForObject("select count(*) from agenda_item where text like 'Catch-up plan:%'",
                Integer.class)).isEqualTo(plans);
        // Drafts for one rep queue on the rep's row lock, so the unique key normally has nothing to refuse.
        long meanwhile = logs.containing("drafted meanwhile elsewhere") - meanwhileBefore;
        System.out.printf("[two-nodes] %d plans drafted by two nodes at once; %d found drafted meanwhile by the other%n",
                plans, meanwhile);
        assertThat(logs.containing("refused: drafted elsewhere")).as("nothing left for the unique key to refuse")
                .isZero();
        assertNoErrors();
    }

    @Test
    @Order(4)
    void aScheduledJobTriggeredOnBothNodesAtOnceRunsOnce() throws Exception {
        Object ladderA = nodeA.getBean("ladderJob");
        Object ladderB = nodeB.getBean("ladderJob");
        long before = logs.count("Ladder check: ");
        atTheSameMoment(() -> call(ladderA, "scheduled"), () -> call(ladderB, "scheduled"));
        assertThat(logs.count("Ladder check: ") - before).as("ladder evaluated by one node").isEqualTo(1);
        assertThat(logs.count("Not executing 'ladder-check'")).as("skipped by the other").isEqualTo(1);

        JdbcTemplate jdbc = jdbc();
        String reminders = "select count(*) from app_notification where kind = 'REVIEW_REMINDER'";
        int remindersBefore = jdbc.queryForObject(reminders, Integer.class);
        Object remindA = nodeA.getBean("reviewReminderJob");
        Object remindB = nodeB.getBean("reviewReminderJob");
        atTheSameMoment(() -> call(remindA, "onSchedule"), () -> call(remindB, "onSchedule"));
        assertThat(logs.count("Not executing 'review-reminders'")).as("reminders skipped by one node").isEqualTo(1);
        int sent = jdbc.queryForObject(reminders, Integer.class) - remindersBefore;
        assertThat(logs.count("Sent " + sent + " review reminders")).isEqualTo(sent > 0 ? 1 : 0);
        System.out.printf("[two-nodes] review reminders sent once: %d%n", sent);
        assertNoErrors();
    }

    /**
     * A plan being drafted elsewhere (inserted on another connection, not yet committed) when node A drafts: on
     * PostgreSQL the other insert's foreign key holds the rep's row, so node A waits at its lock of that row, then
     * finds the committed plan and keeps it, with nothing left behind and nothing logged above DEBUG by the app.
     * (The unique key refusing an insert that took no lock is {@code CatchUpOncePerClusterTest}'s, on H2.)
     */
    @Test
    @Order(5)
    void aDraftMeetingAPlanDraftedElsewhereWaitsAndKeepsIt() throws Exception {
        JdbcTemplate jdbc = jdbc();
        long rep = jdbc.queryForObject("select id from person where username = 'asouza'", Long.class);
        jdbc.update("delete from action_item where catch_up_plan_id is not null");
        jdbc.update("delete from agenda_item where text like 'Catch-up plan:%'");
        jdbc.update("delete from catch_up_plan");
        CatchUpService catchUps = nodeA.getBean(CatchUpService.class);
        long keptBefore = logs.count("Catch-up plan for rep ");
        try (Connection other = connect()) {
            other.setAutoCommit(false);
            long theirs;
            try (Statement insert = other.createStatement()) {
                insert.execute("set search_path to " + SCHEMA);
                insert.executeUpdate("""
                        insert into catch_up_plan (rep_id, open_rep_id, created_at, status, gap, weeks_left, summary)
                        values (%d, %d, now(), 'DRAFT', 1000, 4, 'drafted elsewhere')""".formatted(rep, rep),
                        new String[] {"id"});
                try (var keys = insert.getGeneratedKeys()) {
                    keys.next();
                    theirs = keys.getLong(1);
                }
            }
            ExecutorService thread = Executors.newSingleThreadExecutor();
            try {
                Future<Optional<CatchUpView>> ours = thread.submit(
                        () -> SystemPrincipal.call(() -> catchUps.draftIfBehind(rep)));
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(5)).until(() -> ours.isDone()
                        || jdbc.queryForObject("""
                                select count(*) from pg_stat_activity where wait_event_type = 'Lock'
                                and query like 'select id from person where id = % for update'""", Integer.class) > 0);
                assertThat(ours).as("node A waits for the other's plan").isNotDone();
                other.commit();
                assertThat(ours.get(30, TimeUnit.SECONDS)).map(CatchUpView::planId).contains(theirs);
            } finally {
                thread.shutdownNow();
            }
        }
        assertThat(logs.count("Catch-up plan for rep ") - keptBefore).as("said at DEBUG").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from catch_up_plan where rep_id = ?", Integer.class, rep))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from agenda_item where text like 'Catch-up plan:%'",
                Integer.class)).isZero();
        assertThat(logs.atLeast(ch.qos.logback.classic.Level.WARN, "com.salespact.reviews")).isEmpty();
        assertNoErrors();
    }

    /**
     * Both nodes run the outbox worker against one SMTP server: {@value #MAILS} mails queued in one transaction come
     * due on both at once, and each row is claimed by one node only, so the server receives each Message-ID (which
     * names the outbox row) exactly once and every row ends SENT. The mails drafted catch-up plans queued at start-up
     * are in the count too.
     */
    @Test
    @Order(6)
    void bothNodesDeliverEachMailExactlyOnce() {
        JdbcTemplate jdbc = jdbc();
        List<Long> people = jdbc.queryForList("select id from person where active and email is not null order by id",
                Long.class);
        assertThat(people).isNotEmpty();
        NotificationService notifications = nodeA.getBean(NotificationService.class);
        TransactionTemplate transaction = new TransactionTemplate(nodeA.getBean(PlatformTransactionManager.class));
        SystemPrincipal.call(() -> transaction.execute(status -> {
            for (int i = 0; i < MAILS; i++) {
                long person = people.get(i % people.size());
                String text = "Two nodes, mail " + i;
                notifications.notify(person, "TARGET_CHANGED", () -> text, "targets?year=2026");
            }
            return null;
        }));
        String all = "select count(*) from outbox_message";
        int rows = jdbc.queryForObject(all, Integer.class);
        assertThat(jdbc.queryForObject(all + " where kind = 'TARGET_CHANGED'", Integer.class)).isEqualTo(MAILS);

        await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessages().length >= rows
                && jdbc.queryForObject(all + " where status = 'SENT'", Integer.class) == rows);
        // The workers go on polling: nothing more may arrive.
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> smtp.getReceivedMessages().length == rows);

        Map<Long, Integer> received = new HashMap<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            Matcher id = OUTBOX_ROW.matcher(messageId(mail));
            assertThat(id.matches()).as(messageId(mail)).isTrue();
            received.merge(Long.parseLong(id.group(1)), 1, Integer::sum);
        }
        assertThat(received.values()).as("each outbox row received once").containsOnly(1);
        assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(
                jdbc.queryForList("select id from outbox_message", Long.class));
        assertThat(jdbc.queryForObject(all + " where status <> 'SENT' or attempts <> 1 or claimed_by is not null",
                Integer.class)).as("every row sent on the first attempt, no claim left").isZero();
        System.out.printf("[two-nodes] %d mails delivered once each by two workers%n", rows);
        assertNoErrors();
    }

    private static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static GreenMail smtpServer() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static void assertNoErrors() {
        assertThat(logs.errorsAndStackTraces()).as("errors and stack traces logged by either node").isEmpty();
    }

    private static int repsWithTwoOpenPlans(JdbcTemplate jdbc) {
        return jdbc.queryForObject("""
                select count(*) from (select rep_id from catch_up_plan where status <> 'CLOSED'
                                      group by rep_id having count(*) > 1) doubled""", Integer.class);
    }

    private static JdbcTemplate jdbc() {
        return nodeA.getBean(JdbcTemplate.class);
    }

    private static ConfigurableApplicationContext node(String name, SecurityContextHolderStrategy shared) {
        String url = PostgresTestDatabase.url();
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .contextFactory(type -> new GenericWebApplicationContext(new MockServletContext()))
                .profiles("test")
                .initializers(context -> context.getBeanFactory()
                        .registerSingleton("sharedSecurityContextHolderStrategy", shared))
                // Arguments outrank the profile's properties (which point at the in-memory H2).
                .run("--spring.datasource.url=" + schemaUrl,
                        "--spring.datasource.username=" + PostgresTestDatabase.user(),
                        "--spring.datasource.password=" + PostgresTestDatabase.password(),
                        "--spring.datasource.hikari.maximum-pool-size=5",
                        "--spring.datasource.hikari.pool-name=node-" + name,
                        "--spring.flyway.schemas=" + SCHEMA,
                        "--salespact.test.context=two-nodes-" + name,
                        // As after a cluster restart: both nodes check catch-up plans when started.
                        "--salespact.catch-up.check-on-start=true",
                        // Both deliver the outbox, to one SMTP server, as every node does.
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtp.getSmtp().getPort(),
                        "--salespact.messaging.worker.enabled=true",
                        "--salespact.messaging.worker.delay=100ms",
                        "--salespact.messaging.worker.initial-delay=0s",
                        "--logging.level.net.javacrumbs.shedlock=debug",
                        "--logging.level.com.salespact.reviews.CatchUpService=debug");
    }

    /** Runs both on two threads released together by a latch; returns their results in order. */
    @SafeVarargs
    private static <T> List<T> atTheSameMoment(Callable<T>... work) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(work.length);
        try {
            CountDownLatch ready = new CountDownLatch(work.length);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> each : work) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return each.call();
                }));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            Exception failed = null;
            for (Future<T> future : futures) {
                try {
                    results.add(future.get(3, TimeUnit.MINUTES));
                } catch (Exception e) {
                    failed = failed == null ? e : failed;
                    results.add(null);
                }
            }
            if (failed != null) {
                // A node that started while the other failed must not outlive the test.
                results.stream().filter(ConfigurableApplicationContext.class::isInstance)
                        .forEach(node -> ((ConfigurableApplicationContext) node).close());
                throw failed;
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    /** Calls a package-private job method through the bean (its proxy), as the scheduler does. */
    private static Object call(Object bean, String method) {
        Method target = ReflectionUtils.findMethod(bean.getClass(), method);
        assertThat(target).as(bean.getClass().getName() + "." + method).isNotNull();
        ReflectionUtils.makeAccessible(target);
        return ReflectionUtils.invokeMethod(target, bean);
    }

    private static void freshSchema() throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
            statement.execute("create schema " + SCHEMA);
        }
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(PostgresTestDatabase.url(), PostgresTestDatabase.user(),
                PostgresTestDatabase.password());
    }
}
