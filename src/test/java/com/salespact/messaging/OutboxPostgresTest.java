package com.salespact.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.people.NotificationService;
import com.salespact.postgres.PostgresTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** V16 and the worker's conditional updates on PostgreSQL: a claim is won once, a result needs the claim. */
@SpringBootTest
@PostgresTest
class OutboxPostgresTest {

    @Autowired NotificationService notifications;
    @Autowired OutboxRepository messages;
    @Autowired OutboxWorker worker;
    @Autowired UserDetailsService users;
    @Autowired SeededCompany company;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    @AfterEach
    void cleanUp() {
        TestSupport.signOut();
        jdbc.update("delete from outbox_message");
    }

    private static int inTransaction(TransactionTemplate transaction, java.util.function.IntSupplier update) {
        Integer changed = transaction.execute(status -> update.getAsInt());
        return changed == null ? -1 : changed;
    }

    @Test
    void aClaimIsWonOnceAndOnlyItsHolderRecordsTheResult() {
        TestSupport.signIn(users, "manager");
        notifications.notify(company.personId("rep"), "TARGET_CHANGED", () -> "Your target changed", "targets?year=2026");
        long id = jdbc.queryForObject("select id from outbox_message", Long.class);
        worker.deliverDue(); // no mail server here: the reason is written, nothing claimed
        assertThat(jdbc.queryForObject("select last_error from outbox_message", String.class))
                .isEqualTo(OutboxWorker.NO_MAIL_SERVER);

        TransactionTemplate transaction = new TransactionTemplate(transactions);
        Instant now = Instant.now().plus(1, ChronoUnit.MINUTES);
        Instant until = now.plus(5, ChronoUnit.MINUTES);
        assertThat(inTransaction(transaction, () -> messages.claim(id, "node-a", now, until))).isEqualTo(1);
        assertThat(inTransaction(transaction, () -> messages.claim(id, "node-b", now, until))).isZero();
        assertThat(inTransaction(transaction, () -> messages.markSent(id, "node-b", now))).isZero();
        assertThat(inTransaction(transaction, () -> messages.claim(id, "node-b", until.plusSeconds(1),
                until.plusSeconds(300)))).as("a lease that ran out is claimed again").isEqualTo(1);
        assertThat(inTransaction(transaction, () -> messages.markSent(id, "node-a", now))).isZero();
        assertThat(inTransaction(transaction, () -> messages.markSent(id, "node-b", now))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from outbox_message", String.class)).isEqualTo("SENT");
        assertThat(inTransaction(transaction, () -> messages.retryNow(id, now))).isZero();
    }
}
