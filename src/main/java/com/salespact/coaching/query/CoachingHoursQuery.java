package com.salespact.coaching.query;

import com.salespact.base.DateRange;
import com.salespact.coaching.CoachingHours;
import com.salespact.people.AccessGuard;
import com.salespact.people.DataScope;
import java.math.BigDecimal;
import java.sql.Types;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coaching hours per rep and calendar month, summed in one aggregate statement. Measures the manager's pact
 * commitment "coaching hours per month"; months without a session have no row.
 */
@Component
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CoachingHoursQuery {

    private static final String MONTHLY = """
            select c.rep_id, p.full_name, extract(year from c.held_on) as y, extract(month from c.held_on) as m,
                   sum(c.hours) as hours, count(*) as sessions
            from coaching_session c join person p on p.id = c.rep_id
            where c.held_on between :from and :to
              and (cast(:team as bigint) is null or p.team_id = :team)
              and (cast(:person as bigint) is null or c.rep_id = :person)
            group by c.rep_id, p.full_name, extract(year from c.held_on), extract(month from c.held_on)
            order by p.full_name, c.rep_id, y, m
            """;

    private final JdbcClient jdbc;
    private final AccessGuard guard;

    CoachingHoursQuery(JdbcClient jdbc, AccessGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    /** Every rep the signed-in person may see (a manager: their team), month by month. */
    public List<CoachingHours> monthly(DateRange range) {
        DataScope scope = guard.scope();
        return monthly(scope.teamId(), scope.personId(), range);
    }

    /** One rep, month by month. */
    public List<CoachingHours> monthly(long repId, DateRange range) {
        guard.checkOwner(repId);
        return monthly(null, repId, range);
    }

    private List<CoachingHours> monthly(Long teamId, Long repId, DateRange range) {
        return jdbc.sql(MONTHLY).param("from", range.start()).param("to", range.end())
                .param("team", teamId, Types.BIGINT).param("person", repId, Types.BIGINT)
                .query(Row.class).stream()
                .map(row -> new CoachingHours(row.repId(), row.fullName(), YearMonth.of(row.y(), row.m()), row.hours(),
                        row.sessions()))
                .toList();
    }

    /** A row as the statement returns it, mapped by column name; the month is two numbers in SQL. */
    private record Row(long repId, String fullName, int y, int m, BigDecimal hours, int sessions) {
    }
}
