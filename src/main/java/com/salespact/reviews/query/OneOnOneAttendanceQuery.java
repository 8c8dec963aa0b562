package com.salespact.reviews.query;

import com.salespact.base.DateRange;
import com.salespact.people.AccessGuard;
import com.salespact.reviews.OneOnOneAttendance;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "1:1s held on time" per rep and period, in one aggregate statement mapped to its record by column name: the hook
 * for checking a manager's ONE_ON_ONE commitment in the pact. Counts weekly 1:1s scheduled within the period up to
 * today.
 */
@Component
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'REP')")
public class OneOnOneAttendanceQuery {

    private static final String ATTENDANCE = """
            select p.id as rep_id, p.full_name as rep_name,
                   count(r.id) as due,
                   coalesce(sum(case when r.status = 'HELD' then 1 else 0 end), 0) as held,
                   coalesce(sum(case when r.status = 'HELD' and r.held_on <= r.scheduled_for then 1 else 0 end), 0)
                       as held_on_time,
                   coalesce(sum(case when r.status = 'CANCELLED' then 1 else 0 end), 0) as cancelled,
                   coalesce(sum(case when r.status in ('SCHEDULED', 'PREPARED') and r.scheduled_for < :today
                       then 1 else 0 end), 0) as missed
            from person p
            left join review r on r.rep_id = p.id and r.kind = 'WEEKLY_ONE_ON_ONE'
                 and r.scheduled_for between :from and :to and r.scheduled_for <= :today
            where p.role = 'REP' and p.active = true
              and (cast(:team as bigint) is null or p.team_id = :team)
              and (cast(:person as bigint) is null or p.id = :person)
            group by p.id, p.full_name
            order by p.full_name
            """;

    private final JdbcClient jdbc;
    private final AccessGuard guard;
    private final Clock clock;

    OneOnOneAttendanceQuery(JdbcClient jdbc, AccessGuard guard, Clock clock) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.clock = clock;
    }

    /** @throws org.springframework.security.access.AccessDeniedException for a rep outside the caller's scope */
    public OneOnOneAttendance rep(long repId, DateRange period) {
        guard.checkOwner(repId);
        return compute(null, repId, period).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No active rep " + repId));
    }

    /** @throws org.springframework.security.access.AccessDeniedException for another team */
    public List<OneOnOneAttendance> team(long teamId, DateRange period) {
        guard.checkTeam(teamId);
        return compute(teamId, null, period);
    }

    private List<OneOnOneAttendance> compute(Long teamId, Long repId, DateRange period) {
        return jdbc.sql(ATTENDANCE).param("from", period.start()).param("to", period.end())
                .param("today", LocalDate.now(clock))
                .param("team", teamId, Types.BIGINT).param("person", repId, Types.BIGINT)
                .query(OneOnOneAttendance.class).list();
    }
}
