package com.salespact.feedback;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Helpers for the feedback and coaching tests on the shared test database. Everything the services write carries
 * the frozen clock's instant, while the demo company's rows are older, so a test removes exactly what it wrote.
 */
public final class FeedbackTestData {

    public static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");
    public static final String TEST_TOPIC = "Test: ";

    private FeedbackTestData() {
    }

    public static long personId(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject("select id from person where username = ?", Long.class, username);
    }

    /** Removes what tests wrote through the services (and the notifications they caused). */
    public static void removeTestRows(JdbcTemplate jdbc) {
        OffsetDateTime now = NOW.atOffset(ZoneOffset.UTC);
        jdbc.update("delete from feedback where created_at = ?", now);
        jdbc.update("delete from feedback_request where requested_at = ?", now);
        jdbc.update("delete from coaching_session where topic like ?", TEST_TOPIC + "%");
        jdbc.update("delete from development_note where created_at = ?", now);
        jdbc.update("delete from training_item where created_at = ?", now);
        jdbc.update("delete from app_notification where kind like 'FEEDBACK%' and created_at = ?", now);
    }

    public static int notifications(JdbcTemplate jdbc, long personId, String kind) {
        return jdbc.queryForObject("select count(*) from app_notification where person_id = ? and kind = ?"
                + " and created_at = ?", Integer.class, personId, kind, NOW.atOffset(ZoneOffset.UTC));
    }
}
