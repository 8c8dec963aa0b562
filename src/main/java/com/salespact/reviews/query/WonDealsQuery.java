package com.salespact.reviews.query;

import com.salespact.base.DateRange;
import com.salespact.people.AccessGuard;
import com.salespact.reviews.WonDealRows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link WonDealRows} in SQL: a rep's won revenue and gross profit per close day, in one aggregate statement (the
 * same deals {@code PaceQuery} counts: stage WON, closed within the range), so a quarter can be shown week by week
 * and month by month without a query per bucket.
 */
@Component
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class WonDealsQuery implements WonDealRows {

    private static final String BY_DAY = """
            select d.closed_on, sum(d.amount) as revenue, sum(d.gross_profit) as gp
            from deal d
            where d.owner_id = :rep and d.stage = 'WON' and d.closed_on between :from and :to
            group by d.closed_on
            order by d.closed_on
            """;

    /** A row of {@link #BY_DAY}. */
    private record Won(LocalDate closedOn, BigDecimal revenue, BigDecimal gp) {
    }

    private final JdbcClient jdbc;
    private final AccessGuard guard;

    WonDealsQuery(JdbcClient jdbc, AccessGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    /** @throws org.springframework.security.access.AccessDeniedException for a rep outside the caller's scope */
    @Override
    public List<DayWon> byDay(long repId, DateRange range) {
        guard.checkOwner(repId);
        return jdbc.sql(BY_DAY).param("rep", repId).param("from", range.start()).param("to", range.end())
                .query(Won.class).list().stream()
                .map(won -> new DayWon(won.closedOn(), won.revenue(), won.gp())).toList();
    }
}
