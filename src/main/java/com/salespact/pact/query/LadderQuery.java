package com.salespact.pact.query;

import com.salespact.pact.LadderEventLine;
import com.salespact.pact.LadderPosition;
import com.salespact.pact.LadderRows;
import com.salespact.pact.LadderTrigger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link LadderRows} in SQL, each read mapped to a record by column name. */
@Component
class LadderQuery implements LadderRows {

    /** A {@code ladder_standing} row. */
    private record Standing(int rung, int rungCount, LadderTrigger ladderTrigger, String consequence, String reason,
                            LocalDate weekStart) {

        LadderPosition position() {
            return new LadderPosition(rung, rungCount, ladderTrigger, consequence, reason, weekStart);
        }
    }

    /** A {@code ladder_event} row. */
    private record Event(LocalDate weekStart, int fromRung, int toRung, LadderTrigger ladderTrigger,
                         String consequence, String reason, Instant createdAt) {

        LadderEventLine line() {
            return new LadderEventLine(weekStart, fromRung, toRung, ladderTrigger, consequence, reason, createdAt);
        }
    }

    private final JdbcClient jdbc;

    LadderQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<LadderPosition> standing(long repId) {
        return jdbc.sql("""
                select rung, rung_count, ladder_trigger, consequence, reason, week_start
                from ladder_standing where rep_id = :rep""").param("rep", repId)
                .query(Standing.class).optional().map(Standing::position);
    }

    @Override
    public List<LadderEventLine> history(long repId) {
        return jdbc.sql("""
                select week_start, from_rung, to_rung, ladder_trigger, consequence, reason, created_at
                from ladder_event where rep_id = :rep order by week_start desc, id desc""").param("rep", repId)
                .query(Event.class).list().stream().map(Event::line).toList();
    }

    @Override
    public List<Long> activeRepIds() {
        return jdbc.sql("select id from person where role = 'REP' and active = true").query(Long.class).list();
    }
}
