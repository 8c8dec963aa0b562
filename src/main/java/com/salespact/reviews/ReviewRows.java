package com.salespact.reviews;

import com.salespact.people.DataScope;
import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Review lists in one statement each, within a data scope the service has already resolved. */
@Component
class ReviewRows {

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

    private final NamedParameterJdbcTemplate jdbc;

    ReviewRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<ReviewRow> upcoming(DataScope scope, Long repId, int limit) {
        return query(ROWS.formatted(OPEN, "r.scheduled_for, p.full_name, r.id", limit), scope, repId);
    }

    List<ReviewRow> past(DataScope scope, Long repId, int limit) {
        return query(ROWS.formatted(PAST, "r.scheduled_for desc, p.full_name, r.id desc", limit), scope, repId);
    }

    private List<ReviewRow> query(String sql, DataScope scope, Long repId) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("scopePerson", scope.personId(), Types.BIGINT)
                .addValue("scopeTeam", scope.teamId(), Types.BIGINT)
                .addValue("rep", repId, Types.BIGINT);
        return jdbc.query(sql, params, (rs, row) -> {
            Timestamp heldAt = rs.getTimestamp("held_at");
            Date heldOn = rs.getDate("held_on");
            Date scheduled = rs.getDate("scheduled_for");
            ReviewStatus status = ReviewStatus.valueOf(rs.getString("status"));
            return new ReviewRow(rs.getLong("id"), ReviewKind.valueOf(rs.getString("kind")), rs.getLong("rep_id"),
                    rs.getString("full_name"), scheduled.toLocalDate(), status,
                    heldAt == null ? null : heldAt.toInstant(),
                    status == ReviewStatus.HELD && heldOn != null && !heldOn.after(scheduled));
        });
    }
}
