package com.salespact.reviews.query;

import com.salespact.deals.Stage;
import com.salespact.people.AccessGuard;
import com.salespact.reviews.DealTrack;
import com.salespact.reviews.PipelineRows;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link PipelineRows} in SQL: a rep's deals at two moments, from the deal and stage_change tables in one statement:
 * every deal opened by {@code moment} and was still open at {@code baseline} or later, with its stage at each moment
 * (its last stage change at or before it) and when it entered the stage it had at {@code moment}.
 * {@link com.salespact.reviews.PipelineChanges} classifies them.
 */
@Component
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class PipelineChangeQuery implements PipelineRows {

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

    /** A row of {@link #TRACKS}. */
    private record Track(long id, String name, BigDecimal amount, Instant createdAt, LocalDate openedOn,
                         LocalDate expectedCloseDate, LocalDate closedOn, Stage stageBefore, Stage stageAt,
                         Instant enteredAt) {

        DealTrack track(ZoneId zone) {
            return new DealTrack(id, name, amount, openedAt(createdAt, openedOn, zone), stageBefore, stageAt,
                    enteredAt, expectedCloseDate, closedOn);
        }
    }

    private final JdbcClient jdbc;
    private final AccessGuard guard;

    PipelineChangeQuery(JdbcClient jdbc, AccessGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    /** @throws org.springframework.security.access.AccessDeniedException for a rep outside the caller's scope */
    @Override
    public List<DealTrack> tracks(long repId, Instant baseline, Instant moment, ZoneId zone) {
        guard.checkOwner(repId);
        return jdbc.sql(TRACKS).param("rep", repId)
                .param("baseline", Timestamp.from(baseline)).param("moment", Timestamp.from(moment))
                .param("baselineDay", LocalDate.ofInstant(baseline, zone))
                .param("momentDay", LocalDate.ofInstant(moment, zone))
                .query(Track.class).list().stream().map(track -> track.track(zone)).toList();
    }

    /**
     * When the deal was opened, for business purposes: its insert time when it was created on its business day (in
     * the app), else the start of its business day (an imported deal's created date), so imported history is not new.
     */
    static Instant openedAt(Instant createdAt, LocalDate openedOn, ZoneId zone) {
        return LocalDate.ofInstant(createdAt, zone).equals(openedOn) ? createdAt : openedOn.atStartOfDay(zone).toInstant();
    }
}
