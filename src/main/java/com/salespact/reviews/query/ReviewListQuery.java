package com.salespact.reviews.query;

import com.salespact.people.DataScope;
import com.salespact.reviews.ReviewKind;
import com.salespact.reviews.ReviewRow;
import com.salespact.reviews.ReviewRows;
import com.salespact.reviews.ReviewStatus;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link ReviewRows} in SQL: review lists in one statement each, within a data scope the service has resolved. */
@Component
class ReviewListQuery implements ReviewRows {

    private static final String ROWS = """
            select r.id, r.kind, r.rep_id, p.full_name, r.scheduled_for, r.status, r.held_at, r.held_on
            from review r join person p on p.id = r.rep_id
            where %s
              and (cast(:scopePerson as bigint) is null or r.rep_id = :scopePerson)
              and (cast(:scopeTeam as bigint) is null or p.team_id = :scopeTeam)
              and (cast(:rep as bigint) is null or r.rep_id = :rep)
            order by %s
            fetch first %d rows only
            """;

    private static final String OPEN = "r.status in ('SCHEDULED', 'PREPARED')";
    private static final String PAST = "r.status in ('HELD', 'CANCELLED')";

    /** A row of {@link #ROWS}. */
    private record Row(long id, ReviewKind kind, long repId, String fullName, LocalDate scheduledFor,
                       ReviewStatus status, Instant heldAt, LocalDate heldOn) {

        ReviewRow reviewRow() {
            return new ReviewRow(id, kind, repId, fullName, scheduledFor, status, heldAt,
                    status == ReviewStatus.HELD && heldOn != null && !heldOn.isAfter(scheduledFor));
        }
    }

    private final JdbcClient jdbc;

    ReviewListQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ReviewRow> upcoming(DataScope scope, Long repId, int limit) {
        return query(ROWS.formatted(OPEN, "r.scheduled_for, p.full_name, r.id", limit), scope, repId);
    }

    @Override
    public List<ReviewRow> past(DataScope scope, Long repId, int limit) {
        return query(ROWS.formatted(PAST, "r.scheduled_for desc, p.full_name, r.id desc", limit), scope, repId);
    }

    private List<ReviewRow> query(String sql, DataScope scope, Long repId) {
        return jdbc.sql(sql).param("scopePerson", scope.personId(), Types.BIGINT)
                .param("scopeTeam", scope.teamId(), Types.BIGINT).param("rep", repId, Types.BIGINT)
                .query(Row.class).list().stream().map(Row::reviewRow).toList();
    }
}
