package com.salespact.feedback;

import com.salespact.KeptRows;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Helpers for the feedback and coaching tests on the shared test database. Everything the services write carries
 * the frozen clock's instant, while the demo company's rows are older, so a test counts exactly what it wrote.
 */
public final class FeedbackTestData {

    public static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");
    public static final String TEST_TOPIC = "Test: ";

    private FeedbackTestData() {
    }

    /**
     * What feedback and coaching tests write through the services, put back by {@code kept.restore()}: the notes,
     * 360 requests, coaching sessions, development notes and notifications they add are deleted, and every training
     * item is kept (a pact's training plan replaces the rep's items, seeded ones included).
     */
    public static KeptRows keepTestRows(KeptRows kept) {
        return kept.addedTo("feedback").addedTo("feedback_request").addedTo("coaching_session")
                .addedTo("development_note").keep("training_item", "1 = 1").addedTo("app_notification");
    }

    /** How many notifications of this kind the person received from the test (at the frozen instant). */
    public static int notifications(JdbcTemplate jdbc, long personId, String kind) {
        return jdbc.queryForObject("select count(*) from app_notification where person_id = ? and kind = ?"
                + " and created_at = ?", Integer.class, personId, kind, NOW.atOffset(ZoneOffset.UTC));
    }
}
