package com.salespact.reviews.query;

import com.salespact.people.DataScope;
import com.salespact.reviews.RepReviewRow;
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

/**
 * {@link ReviewRows} in SQL: review lists and the per-rep overview in one statement each, within a data scope the
 * service has resolved.
 */
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

    /*
     * One line per rep: each rep's next and last held review are picked by a subquery on ix_review_rep (rep_id,
     * scheduled_for), so no rep is missed however many reviews the rest of the team has.
     */
    private static final String OVERVIEW = """
            select p.id as rep_id, p.full_name as rep_name,
                   n.id as next_id, n.kind as next_kind, n.scheduled_for as next_for, n.status as next_status,
                   h.id as held_id, h.kind as held_kind, h.scheduled_for as held_for, h.held_at, h.held_on,
                   (select count(*) from action_item a where a.rep_id = p.id and a.done_at is null) as open_actions
            from person p
            left join review n on n.id = (
                select r.id from review r where r.rep_id = p.id and %s
                order by r.scheduled_for, r.id fetch first 1 rows only)
            left join review h on h.id = (
                select r.id from review r where r.rep_id = p.id and r.status = 'HELD'
                order by r.scheduled_for desc, r.id desc fetch first 1 rows only)
            where p.role = 'REP' and p.active = true
              and (cast(:scopePerson as bigint) is null or p.id = :scopePerson)
              and (cast(:scopeTeam as bigint) is null or p.team_id = :scopeTeam)
            order by p.full_name, p.id
            """.formatted(OPEN);

    /** A row of {@link #ROWS}. */
    private record Row(long id, ReviewKind kind, long repId, String fullName, LocalDate scheduledFor,
                       ReviewStatus status, Instant heldAt, LocalDate heldOn) {

        ReviewRow reviewRow() {
            return new ReviewRow(id, kind, repId, fullName, scheduledFor, status, heldAt,
                    status == ReviewStatus.HELD && heldOn != null && !heldOn.isAfter(scheduledFor));
        }
    }

    /** A row of {@link #OVERVIEW}: the next review's columns are null when none is scheduled, the held one's too. */
    private record RepRow(long repId, String repName, Long nextId, ReviewKind nextKind, LocalDate nextFor,
                          ReviewStatus nextStatus, Long heldId, ReviewKind heldKind, LocalDate heldFor,
                          Instant heldAt, LocalDate heldOn, int openActions) {

        RepReviewRow repReviewRow() {
            ReviewRow next = nextId == null ? null
                    : new Row(nextId, nextKind, repId, repName, nextFor, nextStatus, null, null).reviewRow();
            ReviewRow held = heldId == null ? null
                    : new Row(heldId, heldKind, repId, repName, heldFor, ReviewStatus.HELD, heldAt, heldOn).reviewRow();
            return new RepReviewRow(repId, repName, next, held, openActions);
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

    @Override
    public List<RepReviewRow> overview(DataScope scope) {
        return jdbc.sql(OVERVIEW).param("scopePerson", scope.personId(), Types.BIGINT)
                .param("scopeTeam", scope.teamId(), Types.BIGINT)
                .query(RepRow.class).list().stream().map(RepRow::repReviewRow).toList();
    }

    private List<ReviewRow> query(String sql, DataScope scope, Long repId) {
        return jdbc.sql(sql).param("scopePerson", scope.personId(), Types.BIGINT)
                .param("scopeTeam", scope.teamId(), Types.BIGINT).param("rep", repId, Types.BIGINT)
                .query(Row.class).list().stream().map(Row::reviewRow).toList();
    }
}
