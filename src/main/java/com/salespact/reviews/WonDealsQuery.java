package com.salespact.reviews;

import com.salespact.base.DateRange;
import com.salespact.people.AccessGuard;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A rep's won revenue and gross profit per close day, in one aggregate statement (the same deals
 * {@code PaceQuery} counts: stage WON, closed within the range), so a quarter can be shown week by week and month
 * by month without a query per bucket.
 */
@Component
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class WonDealsQuery {

    private static final String BY_DAY = """
            select d.closed_on, sum(d.amount) as revenue, sum(d.gross_profit) as gp
            from deal d
            where d.owner_id = :rep and d.stage = 'WON' and d.closed_on between :from and :to
            group by d.closed_on
            order by d.closed_on
            """;

    /** Won on one day. */
    public record DayWon(LocalDate day, BigDecimal revenue, BigDecimal grossProfit) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final AccessGuard guard;

    WonDealsQuery(NamedParameterJdbcTemplate jdbc, AccessGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    /** @throws org.springframework.security.access.AccessDeniedException for a rep outside the caller's scope */
    public List<DayWon> byDay(long repId, DateRange range) {
        guard.checkOwner(repId);
        return jdbc.query(BY_DAY, new MapSqlParameterSource().addValue("rep", repId)
                        .addValue("from", range.start()).addValue("to", range.end()),
                (rs, row) -> new DayWon(rs.getDate("closed_on").toLocalDate(), rs.getBigDecimal("revenue"),
                        rs.getBigDecimal("gp")));
    }
}
