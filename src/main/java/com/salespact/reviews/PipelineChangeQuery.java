package com.salespact.reviews;

import com.salespact.deals.Stage;
import com.salespact.people.AccessGuard;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A rep's deals at two moments, from the deal and stage_change tables in one statement: every deal opened by
 * {@code moment} and was still open at {@code baseline} or later, with its stage at each moment (its last stage
 * change at or before it) and when it entered the stage it had at {@code moment}. {@link PipelineChanges}
 * classifies them.
 */
@Component
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PipelineChangeQuery {

    private static final String TRACKS = """
            select d.id, d.name, d.amount, d.created_at, d.opened_on, d.expected_close_date, d.closed_on,
                   (select sc.to_stage from stage_change sc where sc.deal_id = d.id and sc.changed_at <= :baseline
                    order by sc.changed_at desc, sc.id desc fetch first 1 row only) as stage_before,
                   (select sc.to_stage from stage_change sc where sc.deal_id = d.id and sc.changed_at <= :moment
                    order by sc.changed_at desc, sc.id desc fetch first 1 row only) as stage_at,
                   (select max(sc.changed_at) from stage_change sc where sc.deal_id = d.id
                    and sc.changed_at <= :moment) as entered_at
            from deal d
            where d.owner_id = :rep and d.opened_on <= :momentDay
              and (d.closed_on is null or d.closed_on >= :baselineDay)
            order by d.id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final AccessGuard guard;

    PipelineChangeQuery(NamedParameterJdbcTemplate jdbc, AccessGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    /** @throws org.springframework.security.access.AccessDeniedException for a rep outside the caller's scope */
    public List<DealTrack> tracks(long repId, Instant baseline, Instant moment, ZoneId zone) {
        guard.checkOwner(repId);
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("rep", repId)
                .addValue("baseline", Timestamp.from(baseline)).addValue("moment", Timestamp.from(moment))
                .addValue("baselineDay", LocalDate.ofInstant(baseline, zone))
                .addValue("momentDay", LocalDate.ofInstant(moment, zone));
        return jdbc.query(TRACKS, params, (rs, row) -> {
            Timestamp entered = rs.getTimestamp("entered_at");
            java.sql.Date closed = rs.getDate("closed_on");
            return new DealTrack(rs.getLong("id"), rs.getString("name"), rs.getBigDecimal("amount"),
                    openedAt(rs.getTimestamp("created_at").toInstant(), rs.getObject("opened_on", LocalDate.class),
                            zone), stage(rs.getString("stage_before")),
                    stage(rs.getString("stage_at")), entered == null ? null : entered.toInstant(),
                    rs.getDate("expected_close_date").toLocalDate(), closed == null ? null : closed.toLocalDate());
        });
    }

    /**
     * When the deal was opened, for business purposes: its insert time when it was created on its business day (in
     * the app), else the start of its business day (an imported deal's created date), so imported history is not new.
     */
    static Instant openedAt(Instant createdAt, LocalDate openedOn, ZoneId zone) {
        return LocalDate.ofInstant(createdAt, zone).equals(openedOn) ? createdAt : openedOn.atStartOfDay(zone).toInstant();
    }

    private static Stage stage(String name) {
        return name == null ? null : Stage.valueOf(name);
    }
}
