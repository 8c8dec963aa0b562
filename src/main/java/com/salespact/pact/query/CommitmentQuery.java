package com.salespact.pact.query;

import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.pact.CommitmentKind;
import com.salespact.pact.Per;
import com.salespact.people.AccessGuard;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's side of a rep's signed pact, measured like the rep's MAS: weekly 1:1s held (reviews marked held)
 * and coaching hours logged this month, against the month's share of the commitment, in one statement.
 */
@Component
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CommitmentQuery {

    private static final String COMMITMENTS = """
            select mc.kind, mc.description, mc.amount, mc.per_period,
                   (select count(*) from review r where r.rep_id = pa.rep_id and r.kind = 'WEEKLY_ONE_ON_ONE'
                      and r.status = 'HELD' and r.held_at >= :fromTs and r.held_at < :toTs) as one_on_ones,
                   (select coalesce(sum(cs.hours), 0) from coaching_session cs where cs.rep_id = pa.rep_id
                      and cs.held_on between :from and :to) as coaching_hours
            from manager_commitment mc
            join pact_version pv on pv.id = mc.pact_version_id and pv.status = 'SIGNED'
            join pact pa on pa.id = pv.pact_id
            where pa.rep_id = :rep
            order by mc.position
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final AccessGuard guard;

    CommitmentQuery(NamedParameterJdbcTemplate jdbc, AccessGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    /** The signed commitments to a rep with this month's record; empty without a signed pact. */
    public List<CommitmentActual> thisMonth(long repId, DateRange month, LocalDate today) {
        guard.checkOwner(repId);
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("rep", repId)
                .addValue("from", month.start()).addValue("to", today)
                .addValue("fromTs", Timestamp.valueOf(month.start().atStartOfDay()))
                .addValue("toTs", Timestamp.valueOf(today.plusDays(1).atStartOfDay()));
        BigDecimal elapsed = share(month, today);
        BigDecimal weeks = BigDecimal.valueOf(month.workingDays()).divide(BigDecimal.valueOf(5), MathContext.DECIMAL64);
        return jdbc.query(COMMITMENTS, params, (rs, row) -> {
            CommitmentKind kind = CommitmentKind.valueOf(rs.getString("kind").strip());
            BigDecimal amount = rs.getBigDecimal("amount");
            String perName = rs.getString("per_period");
            Per per = perName == null ? null : Per.valueOf(perName.strip());
            if (!kind.measured() || amount == null || per == null) {
                return new CommitmentActual(kind, rs.getString("description"), amount, per, null, null, null);
            }
            BigDecimal monthTarget = switch (per) {
                case WEEK -> amount.multiply(weeks);
                case MONTH -> amount;
                case QUARTER -> amount.divide(BigDecimal.valueOf(3), MathContext.DECIMAL64);
            };
            BigDecimal actual = kind == CommitmentKind.ONE_ON_ONE ? BigDecimal.valueOf(rs.getLong("one_on_ones"))
                    : rs.getBigDecimal("coaching_hours");
            return new CommitmentActual(kind, rs.getString("description"), amount, per,
                    monthTarget.setScale(1, RoundingMode.HALF_UP),
                    monthTarget.multiply(elapsed).setScale(1, RoundingMode.HALF_UP), actual);
        });
    }

    private static BigDecimal share(DateRange month, LocalDate today) {
        int total = month.workingDays();
        return total == 0 ? BigDecimal.ONE : BigDecimal.valueOf(month.workingDaysElapsed(today))
                .divide(BigDecimal.valueOf(total), MathContext.DECIMAL64);
    }

    /** Convenience for views: the fiscal month containing today. */
    public List<CommitmentActual> thisMonth(long repId, FiscalCalendar calendar, LocalDate today) {
        return thisMonth(repId, calendar.monthOf(today), today);
    }
}
