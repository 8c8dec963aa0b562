package com.salespact.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import com.salespact.LogCapture;
import com.salespact.SeededCompany;
import com.salespact.base.CompanySettings;
import com.salespact.holidays.HolidayService;
import com.salespact.people.NotificationService;
import com.salespact.people.PeopleService;
import com.salespact.security.SystemPrincipal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Scheduled review work runs once per cluster (issue 17, decision 019), on H2: the database holds one open
 * catch-up plan per rep, a plan drafted elsewhere at the same moment is kept quietly, a job whose cluster lock another
 * node holds does not run, and losing the reminder race logs no error. {@code TwoNodesPostgresTest} runs two nodes.
 */
@SpringBootTest
@ActiveProfiles("test")
class CatchUpOncePerClusterTest {

    /** South rep at about 74 % of pace in the demo: behind, so a plan is drafted for her. */
    private static final String REP = "asouza";

    @Autowired CatchUpService catchUps;
    @Autowired CatchUpJob job;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @Autowired SeededCompany company;
    @Autowired ReviewRepository reviews;
    @Autowired NotificationService notifications;
    @Autowired PeopleService people;
    @Autowired HolidayService holidays;
    @Autowired CompanySettings settings;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Clock clock;

    private long repId;

    @BeforeEach
    @AfterEach
    void noPlansNoLocks() {
        repId = company.personId(REP);
        jdbc.update("delete from outbox_message where kind = 'CATCH_UP_DRAFTED'");
        jdbc.update("delete from app_notification where kind = 'CATCH_UP_DRAFTED'");
        jdbc.update("delete from action_item where catch_up_plan_id is not null");
        jdbc.update("delete from agenda_item where text like 'Catch-up plan:%'");
        jdbc.update("delete from catch_up_plan");
        // Released, not deleted: ShedLock remembers that the row exists and only updates it from then on.
        lockUntil(LocalDateTime.now(ZoneOffset.UTC).minusSeconds(1));
    }

    @Test
    void theDatabaseRefusesASecondOpenPlanForARep() {
        insertPlan(repId, "DRAFT", repId);
        assertThatThrownBy(() -> insertPlan(repId, "AGREED", repId))
                .isInstanceOf(DataIntegrityViolationException.class);
        // Closed plans are history: any number of them beside the open one.
        insertPlan(repId, "CLOSED", null);
        insertPlan(repId, "CLOSED", null);
        // The column follows the status: an open plan must name its rep, a closed one must not.
        assertThatThrownBy(() -> insertPlan(company.personId("lkim"), "DRAFT", null))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertPlan(company.personId("lkim"), "CLOSED", company.personId("lkim")))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(count("select count(*) from catch_up_plan where rep_id = ?", repId)).isEqualTo(3);
    }

    @Test
    void closingAPlanFreesTheRepForTheNextOne() {
        long first = SystemPrincipal.call(() -> catchUps.draftIfBehind(repId)).orElseThrow().planId();
        SystemPrincipal.call(() -> catchUps.close(first));

        long second = SystemPrincipal.call(() -> catchUps.draftIfBehind(repId)).orElseThrow().planId();

        assertThat(second).isNotEqualTo(first);
        assertThat(count("select count(*) from catch_up_plan where rep_id = ? and open_rep_id is null", repId))
                .isEqualTo(1);
    }

    /**
     * The race made deterministic: "another node" has inserted the rep's plan but not committed, so this node's
     * check finds none and its insert waits on the unique key; once the other commits, the insert is refused and the
     * other's plan is returned as the open one, with no second agenda point or action and nothing logged as an error.
     */
    @Test
    void aPlanDraftedElsewhereAtTheSameMomentIsKeptQuietly() throws Exception {
        try (LogCapture logs = LogCapture.start(); Connection otherNode = dataSource.getConnection()) {
            otherNode.setAutoCommit(false);
            long theirs = insertPlan(otherNode, repId);

            CompletableFuture<Optional<CatchUpView>> ours = CompletableFuture.supplyAsync(
                    () -> SystemPrincipal.call(() -> catchUps.draftIfBehind(repId)));
            // Our check has found no plan once our insert runs; it waits on the other's uncommitted key (or, if the
            // commit comes first, meets the committed one): either way the database refuses it.
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(2)).until(() -> ours.isDone()
                    || count("select count(*) from information_schema.sessions where session_id <> session_id()"
                    + " and lower(executing_statement) like 'insert into catch_up_plan%'") > 0);
            assertThat(ours).as("our insert is running").isNotDone();
            otherNode.commit();

            assertThat(ours.get(20, TimeUnit.SECONDS)).map(CatchUpView::planId).contains(theirs);
            assertThat(count("select count(*) from catch_up_plan where rep_id = ?", repId)).isEqualTo(1);
            assertThat(count("select count(*) from agenda_item where text like 'Catch-up plan:%'")).isZero();
            assertThat(count("select count(*) from action_item where catch_up_plan_id is not null")).isZero();
            assertThat(logs.errorsAndStackTraces()).isEmpty();
            assertThat(logs.atLeast(Level.WARN, "com.salespact")).isEmpty();
        }
    }

    @Test
    void aCheckWhoseLockAnotherNodeHoldsDoesNotRun() {
        // Another node holds the lock.
        lockUntil(LocalDateTime.now(ZoneOffset.UTC).plusHours(1));
        job.scheduled();
        assertThat(count("select count(*) from catch_up_plan")).as("skipped while locked").isZero();

        lockUntil(LocalDateTime.now(ZoneOffset.UTC).minusSeconds(1));
        job.scheduled();
        assertThat(count("select count(*) from catch_up_plan")).as("ran with the lock free").isPositive();
        // Held on after the run (lockAtLeastFor), so a node whose clock is a little behind does not run it again.
        assertThat(jdbc.queryForObject("select lock_until from shedlock where name = ?", Timestamp.class,
                CatchUpJob.LOCK).toLocalDateTime()).isAfter(LocalDateTime.now(ZoneOffset.UTC).plusMinutes(4));
    }

    @Test
    void losingTheReminderRaceLogsNoError() {
        ReviewReminderJob loser = new ReviewReminderJob(reviews, notifications, people, holidays, settings,
                transactions, clock, event -> { }) {
            @Override
            public int remindDue() {
                throw new ObjectOptimisticLockingFailureException(Review.class, 1L);
            }
        };
        try (LogCapture logs = LogCapture.start()) {
            loser.onSchedule();

            assertThat(logs.errorsAndStackTraces()).isEmpty();
            assertThat(logs.count("Review reminders already sent by another node")).isEqualTo(1);
        }
    }

    /** The catch-up lock as another node would hold it, until {@code until} (UTC, as ShedLock reads it). */
    private void lockUntil(LocalDateTime until) {
        jdbc.update("merge into shedlock (name, lock_until, locked_at, locked_by) key (name) values (?, ?, ?, ?)",
                CatchUpJob.LOCK, Timestamp.valueOf(until), Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)),
                "other-node");
    }

    private long insertPlan(long rep, String status, Long openRepId) {
        jdbc.update("""
                insert into catch_up_plan (rep_id, open_rep_id, created_at, status, gap, weeks_left, summary)
                values (?, ?, ?, ?, 1000, 4, 'test')""", rep, openRepId, Timestamp.from(clock.instant()), status);
        return jdbc.queryForObject("select max(id) from catch_up_plan", Long.class);
    }

    private long insertPlan(Connection connection, long rep) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into catch_up_plan (rep_id, open_rep_id, created_at, status, gap, weeks_left, summary)
                values (?, ?, ?, 'DRAFT', 1000, 4, 'drafted by the other node')""", new String[] {"id"})) {
            insert.setLong(1, rep);
            insert.setLong(2, rep);
            insert.setTimestamp(3, Timestamp.from(clock.instant()));
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
