package com.salespact.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.people.NotificationService;
import com.salespact.postgres.SecurityContextFollowsSpringContext;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail end to end with real parts: the app on its own in-memory database (the demo company), a real SMTP server in
 * this JVM (GreenMail), the delivery worker running on its schedule as on every node, and the unsubscribe page over
 * HTTP. The clock runs (retries must come due); delays are short so the faults play out in seconds.
 */
@ExtendWith(SecurityContextFollowsSpringContext.class) // own context: put the global strategy back for later tests
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:salespact-mail;DB_CLOSE_DELAY=-1",
        "salespact.clock.fixed=",
        "salespact.base-url=https://salespact.example.com",
        "salespact.mail.from=salespact@salespact.example",
        "salespact.messaging.worker.enabled=true",
        "salespact.messaging.worker.delay=100ms",
        "salespact.messaging.worker.initial-delay=0s",
        "salespact.messaging.retry-delays=300ms",
        "salespact.messaging.max-attempts=1000",
        "spring.mail.properties.mail.smtp.connectiontimeout=2000",
        "spring.mail.properties.mail.smtp.timeout=5000"})
@ActiveProfiles("test")
class MailOutboxGreenMailTest {

    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp = started();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired NotificationService notifications;
    @Autowired UserDetailsService users;
    @Autowired SeededCompany company;
    @Autowired JdbcTemplate jdbc;
    @Autowired Outbox outbox;
    @Autowired OutboxRepository repository;
    @Autowired MailDelivery delivery;
    @Autowired ChatDelivery chat;
    @Autowired ChatDestinations destinations;
    @Autowired PlatformTransactionManager transactions;
    @LocalServerPort int port;

    private static int freePort() {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static GreenMail started() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    /** The SMTP server comes back on the same port, with an empty mailbox (what arrives after the outage). */
    private static void restartSmtp() {
        smtp = started();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void clean() throws Exception {
        TestSupport.signIn(users, "admin");
        await().atMost(Duration.ofSeconds(20)).until(() -> queued() == 0);
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void restore() {
        jdbc.update("delete from message_preference");
        jdbc.update("update person set language = null where username = 'lkim'");
        TestSupport.signOut();
    }

    private int queued() {
        return jdbc.queryForObject("select count(*) from outbox_message where status = 'QUEUED'", Integer.class);
    }

    private String statusOf(String dedupKey) {
        return jdbc.queryForObject("select status from outbox_message where dedup_key = ?", String.class, dedupKey);
    }

    private List<MimeMessage> received(int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length >= count);
        return Arrays.asList(smtp.getReceivedMessages());
    }

    @Test
    void aMailPerKindReachesItsRecipientInTheirLanguageWithTheExactLink() throws Exception {
        jdbc.update("update person set language = 'de' where username = 'lkim'");
        long rep = company.personId("rep");
        long german = company.personId("lkim");
        List<String> kinds = MessageKinds.all().stream().filter(kind -> !kind.equals("FEEDBACK_SHARED")).toList();
        for (String kind : kinds) {
            notifications.notify(rep, kind, () -> "Text of " + kind, "pacts/7/review?kind=" + kind);
        }
        notifications.notify(german, "TARGET_CHANGED", () -> "Ihr Ziel für GJ 2026 wurde geändert", "targets?year=2026");
        notifications.notify(rep, "FEEDBACK_SHARED", () -> "Praise", "feedback"); // in the app only, by default

        List<MimeMessage> mails = received(kinds.size() + 1);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> smtp.getReceivedMessages().length == kinds.size() + 1);
        String repAddress = jdbc.queryForObject("select email from person where username = 'rep'", String.class);
        for (String kind : kinds) {
            MimeMessage mail = mails.stream().filter(m -> text(m).contains("Text of " + kind + "\n")
                    || text(m).contains("Text of " + kind + "\r\n")).findFirst().orElseThrow();
            assertThat(mail.getAllRecipients()[0].toString()).contains(repAddress);
            assertThat(mail.getSubject()).isEqualTo(com.salespact.base.Messages.text(java.util.Locale.ENGLISH,
                    MessageKinds.subjectKey(kind)));
            assertThat(html(mail)).contains("href=\"https://salespact.example.com/pacts/7/review?kind=" + kind + "\"");
            assertThat(text(mail)).contains("https://salespact.example.com/pacts/7/review?kind=" + kind)
                    .contains("Hello Ravi Patel,");
            assertThat(mail.getHeader("List-Unsubscribe")[0]).startsWith("<https://salespact.example.com/mail/unsubscribe?t=");
            assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        }
        MimeMessage lena = mails.stream().filter(m -> subject(m).equals("Ihr Ziel wurde geändert")).findFirst()
                .orElseThrow();
        assertThat(lena.getAllRecipients()[0].toString()).contains("lena.kim@salespact.example");
        assertThat(text(lena)).contains("Guten Tag Lena Kim,").contains("In SalesPact öffnen")
                .contains("https://salespact.example.com/targets?year=2026");
        assertThat(html(lena)).contains("lang=\"de\"").contains("Ihr Ziel für GJ 2026 wurde geändert");
    }

    @Test
    void theUnsubscribeLinkStopsThatKindOnlyWithoutLogin() throws Exception {
        long rep = company.personId("rep");
        notifications.notify(rep, "REVIEW_REMINDER", () -> "Your 1:1 is on Friday", "reviews/1");
        MimeMessage mail = received(1).getFirst();
        String header = mail.getHeader("List-Unsubscribe")[0];
        URI link = URI.create(header.substring(1, header.length() - 1));
        URI local = URI.create("http://localhost:" + port + link.getRawPath() + "?" + link.getRawQuery());
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> asked = http.send(HttpRequest.newBuilder(local).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("Reminders of 1:1s and plan reviews").contains("unsubscribe-confirm");
        assertThat(preference(rep, "REVIEW_REMINDER")).as("opening the link changes nothing").isNull();

        // What a mail client does for RFC 8058 one-click: POST to the header's address, no cookie, no CSRF token.
        HttpResponse<String> done = http.send(HttpRequest.newBuilder(local)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("You will no longer receive e-mails about");
        assertThat(preference(rep, "REVIEW_REMINDER")).isEqualTo("IN_APP");

        URI forged = URI.create("http://localhost:" + port + link.getRawPath() + "?t=" + rep + ".TARGET_CHANGED.AAAA");
        assertThat(http.send(HttpRequest.newBuilder(forged).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
        assertThat(preference(rep, "TARGET_CHANGED")).isNull();

        int before = count("select count(*) from outbox_message");
        notifications.notify(rep, "REVIEW_REMINDER", () -> "Another reminder", "reviews/2");
        assertThat(count("select count(*) from outbox_message")).as("that kind is no longer mailed").isEqualTo(before);
        notifications.notify(rep, "TARGET_CHANGED", () -> "Your target changed", "targets?year=2026");
        assertThat(count("select count(*) from outbox_message")).as("other kinds still are").isEqualTo(before + 1);
    }

    @Test
    void aMailServerDownKeepsMailsQueuedWithTheReasonAndSendsEachOnceWhenBack() throws Exception {
        smtp.stop();
        try {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                for (int i = 0; i < 100; i++) {
                    outbox.enqueue(new OutgoingMail("fault:" + i, null, "rep" + i + "@salespact.example", null,
                            "TARGET_CHANGED", "Fault " + i, "Text " + i, "<p>Html " + i + "</p>", null, null));
                }
            });
            await().atMost(Duration.ofSeconds(20)).until(() -> count("select count(*) from outbox_message where "
                    + "dedup_key like 'fault:%' and status = 'QUEUED' and attempts >= 2 and last_error is not null") == 100);
            assertThat(jdbc.queryForObject("select last_error from outbox_message where dedup_key = 'fault:0'",
                    String.class)).containsIgnoringCase("connect");
        } finally {
            restartSmtp();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from outbox_message where dedup_key like 'fault:%' and status = 'SENT'") == 100);
        // Rounds go on; nothing more may arrive.
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> smtp.getReceivedMessages().length == 100);
        Set<String> subjects = new HashSet<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            subjects.add(mail.getSubject());
        }
        assertThat(subjects).hasSize(100);
        assertThat(count("select count(*) from outbox_message where dedup_key like 'fault:%' and last_error is null"))
                .isEqualTo(100);
    }

    @Test
    void aMalformedAddressFailsAtOnceWithTheReason() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> outbox.enqueue(new OutgoingMail(
                "bad:1", null, "not an address@@example", null, "TARGET_CHANGED", "Bad", "Text", null, null, null)));
        await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(statusOf("bad:1")));
        assertThat(jdbc.queryForObject("select attempts from outbox_message where dedup_key = 'bad:1'", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select last_error from outbox_message where dedup_key = 'bad:1'",
                String.class)).isNotBlank();
    }

    @Test
    void theSameCauseIsQueuedOnceAndARolledBackChangeQueuesNothing() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        OutgoingMail mail = new OutgoingMail("dedup:1", null, "rep@salespact.example", null, "TARGET_CHANGED",
                "Once", "Text", null, null, null);
        assertThat(Boolean.TRUE.equals(transaction.execute(status -> outbox.enqueue(mail)))).isTrue();
        assertThat(Boolean.TRUE.equals(transaction.execute(status -> outbox.enqueue(mail)))).isFalse();
        assertThat(count("select count(*) from outbox_message where dedup_key = 'dedup:1'")).isEqualTo(1);

        long rep = company.personId("rep");
        int before = count("select count(*) from outbox_message");
        transaction.executeWithoutResult(status -> {
            notifications.notify(rep, "TARGET_CHANGED", () -> "Never committed", "targets");
            status.setRollbackOnly();
        });
        assertThat(count("select count(*) from outbox_message")).isEqualTo(before);
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(statusOf("dedup:1")));
        assertThat(received(1)).hasSize(1);
    }

    @Test
    void twoWorkersOnOneDatabaseNeverSendAMessageTwice() throws Exception {
        // Four more workers beside the scheduled one, each as another node would run it, all on the same due rows.
        List<OutboxWorker> workers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            workers.add(new OutboxWorker(repository, delivery, chat, destinations, transactions, java.time.Clock.systemUTC(), true, 50, 8,
                    Duration.ofMinutes(5), List.of(Duration.ofMillis(300))));
        }
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (int i = 0; i < 60; i++) {
                outbox.enqueue(new OutgoingMail("race:" + i, null, "rep" + i + "@salespact.example", null,
                        "TARGET_CHANGED", "Race " + i, "Text " + i, null, null, null));
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(workers.size());
        try {
            List<Callable<Integer>> rounds = new ArrayList<>();
            workers.forEach(worker -> rounds.add(() -> {
                int sent = 0;
                for (int round = 0; round < 5; round++) {
                    sent += worker.deliverDue();
                }
                return sent;
            }));
            int byTheseWorkers = 0;
            for (Future<Integer> result : pool.invokeAll(rounds)) {
                byTheseWorkers += result.get();
            }
            assertThat(byTheseWorkers).isPositive();
        } finally {
            pool.shutdown();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> count(
                "select count(*) from outbox_message where dedup_key like 'race:%' and status = 'SENT'") == 60);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3))
                .until(() -> smtp.getReceivedMessages().length == 60);
        Set<String> subjects = new HashSet<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            subjects.add(mail.getSubject());
        }
        assertThat(subjects).hasSize(60);
    }

    @Test
    void vaadinStillServesTheAppBesideTheMailTemplates() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> root = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(root.statusCode()).isEqualTo(200);
        assertThat(root.body()).as("Vaadin's bootstrap page, not a Thymeleaf view").contains("window.Vaadin");
    }

    @Autowired com.salespact.digest.DigestJob digests;

    /** The weekly pact digest (decision 022) arrives as HTML and text, each with its tables and links, once. */
    @Test
    void theWeeklyDigestArrivesAsHtmlAndText() throws Exception {
        long rep = company.personId("rep");
        com.salespact.digest.DigestWeek week = com.salespact.digest.DigestWeek.of(java.time.LocalDate.now());
        int queued = digests.queue(week);
        assertThat(queued).isPositive();
        assertThat(digests.queue(week)).as("queued once").isZero();

        List<MimeMessage> mails = received(queued);
        MimeMessage mine = mails.stream().filter(m -> text(m).contains("Hello Ravi Patel,")).findFirst().orElseThrow();
        assertThat(mine.getSubject()).startsWith("Your week W").endsWith(" against your pact");
        assertThat(text(mine)).contains("Your next 1:1", "Open action items",
                "https://salespact.example.com/digest?person=" + rep + "&week=" + week.isoLabel());
        assertThat(html(mine)).contains("<table", "href=\"https://salespact.example.com/digest?person=" + rep)
                .doesNotContain("<script");
        assertThat(mine.getHeader("List-Unsubscribe")[0]).contains("/mail/unsubscribe?t=" + rep + ".WEEKLY_DIGEST.");
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> smtp.getReceivedMessages().length == queued);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private String preference(long personId, String kind) {
        return jdbc.query("select delivery from message_preference where person_id = ? and kind = ?",
                rs -> rs.next() ? rs.getString(1) : null, personId, kind);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    private static String text(MimeMessage mail) {
        return part(mail, "text/plain");
    }

    private static String html(MimeMessage mail) {
        return part(mail, "text/html");
    }

    /** The body part of this type, wherever the multipart structure put it. */
    private static String part(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    String found = part(child, type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (Exception unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
