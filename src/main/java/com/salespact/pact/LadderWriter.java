package com.salespact.pact;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the ladder's tables for {@link LadderService}: a rep's standing and their rung history, each once per rep
 * (and week), also when two nodes evaluate at once. Writes only; the reads are {@link LadderRows}.
 */
@Component
class LadderWriter {

    private final NamedParameterJdbcTemplate jdbc;

    LadderWriter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the rep's standing as evaluated at {@code at} (another node storing the same a moment ago is fine). */
    void store(long repId, long versionId, LadderPosition position, Instant at) {
        updateElseInsert("""
                update ladder_standing set pact_version_id = :version, rung = :rung, rung_count = :count,
                    ladder_trigger = :trigger, consequence = :consequence, reason = :reason, week_start = :week,
                    evaluated_at = :at, version = version + 1
                where rep_id = :rep""", """
                insert into ladder_standing (rep_id, pact_version_id, rung, rung_count, ladder_trigger,
                    consequence, reason, week_start, evaluated_at)
                values (:rep, :version, :rung, :count, :trigger, :consequence, :reason, :week, :at)""",
                params(repId, versionId, position).addValue("at", Timestamp.from(at)));
    }

    /**
     * Records a step from rung {@code before} to {@code now} in the week's rung history (a second step in the same
     * week replaces the first's destination).
     * @return false when another node recorded the step a moment ago (so it has been told already)
     */
    boolean record(long repId, long versionId, int before, LadderPosition now, Instant at) {
        return updateElseInsert("""
                update ladder_event set to_rung = :rung, ladder_trigger = :trigger, consequence = :consequence,
                    reason = :reason, pact_version_id = :version
                where rep_id = :rep and week_start = :week""", """
                insert into ladder_event (rep_id, pact_version_id, week_start, from_rung, to_rung,
                    ladder_trigger, consequence, reason, created_at)
                values (:rep, :version, :week, :from, :rung, :trigger, :consequence, :reason, :at)""",
                params(repId, versionId, now).addValue("from", before).addValue("at", Timestamp.from(at)));
    }

    /**
     * Updates the row, or inserts it when there is none yet. Both nodes may find none and insert: the unique key lets
     * one win.
     * @return false when another node inserted the row first
     */
    private boolean updateElseInsert(String update, String insert, MapSqlParameterSource params) {
        if (jdbc.update(update, params) > 0) {
            return true;
        }
        try {
            jdbc.update(insert, params);
            return true;
        } catch (DuplicateKeyException otherNode) {
            return false;
        }
    }

    /** No pact in force any more: no standing (the rung history stays). */
    void clear(long repId) {
        jdbc.update("delete from ladder_standing where rep_id = :rep", new MapSqlParameterSource("rep", repId));
    }

    private static MapSqlParameterSource params(long repId, long versionId, LadderPosition position) {
        return new MapSqlParameterSource("rep", repId).addValue("version", versionId)
                .addValue("rung", position.rung()).addValue("count", position.rungCount())
                .addValue("trigger", position.trigger() == null ? null : position.trigger().name())
                .addValue("consequence", position.consequence()).addValue("reason", truncate(position.reason()))
                .addValue("week", position.weekStart());
    }

    /** Reasons list weeks; four weeks of every standard fit, but the column is the limit. */
    private static String truncate(String reason) {
        return reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 999) + "…";
    }
}
