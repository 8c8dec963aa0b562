package com.salespact.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.KeptRows;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.test.context.ActiveProfiles;

/**
 * The daily outbox housekeeping (clock frozen on 2026-11-18): SENT rows sent more than 90 days ago and FAILED rows
 * written more than 365 days ago go; younger ones and every QUEUED row stay. It runs once per cluster (ShedLock).
 */
@SpringBootTest
@ActiveProfiles("test")
class OutboxHousekeepingTest {

    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

    @Autowired OutboxHousekeeping housekeeping;
    @Autowired JdbcTemplate jdbc;
    private KeptRows kept;

    @BeforeEach
    void keep() {
        kept = new KeptRows(jdbc).addedTo("outbox_message");
    }

    @AfterEach
    void restore() {
        kept.restore();
    }

    private void insert(String key, String status, Instant created, Instant sent) {
        jdbc.update("""
                insert into outbox_message (channel, dedup_key, recipient_address, kind, subject, body_text, status,
                    attempts, next_attempt_at, created_at, sent_at)
                values ('MAIL', ?, 'someone@example.com', 'TARGET_CHANGED', 'Subject', 'Text', ?, 1, ?, ?, ?)""",
                key, status, Timestamp.from(created), Timestamp.from(created), sent == null ? null : Timestamp.from(sent));
    }

    private boolean exists(String key) {
        return jdbc.queryForObject("select count(*) from outbox_message where dedup_key = ?", Integer.class, key) == 1;
    }

    @Test
    void oldSentAndVeryOldFailedMessagesGoTheRestStays() {
        Instant longAgo = NOW.minus(Duration.ofDays(400));
        insert("hk:sent-old", "SENT", longAgo, NOW.minus(Duration.ofDays(91)));
        insert("hk:sent-young", "SENT", longAgo, NOW.minus(Duration.ofDays(89)));
        insert("hk:failed-old", "FAILED", NOW.minus(Duration.ofDays(366)), null);
        insert("hk:failed-young", "FAILED", NOW.minus(Duration.ofDays(364)), null);
        insert("hk:queued-old", "QUEUED", longAgo, null);

        assertThat(housekeeping.clean()).isEqualTo(2);

        assertThat(exists("hk:sent-old")).isFalse();
        assertThat(exists("hk:failed-old")).isFalse();
        assertThat(exists("hk:sent-young")).isTrue();
        assertThat(exists("hk:failed-young")).isTrue();
        assertThat(exists("hk:queued-old")).as("still to go").isTrue();
        assertThat(housekeeping.clean()).as("nothing left to delete").isZero();
    }

    @Test
    void itIsADailyJobUnderAClusterLock() throws Exception {
        var method = OutboxHousekeeping.class.getDeclaredMethod("onSchedule");
        assertThat(method.getAnnotation(Scheduled.class).cron()).isEqualTo("${salespact.messaging.housekeeping-cron:0 40 3 * * *}");
        assertThat(method.getAnnotation(SchedulerLock.class).name()).isEqualTo(OutboxHousekeeping.LOCK);
    }
}
