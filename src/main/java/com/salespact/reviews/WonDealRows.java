package com.salespact.reviews;

import com.salespact.base.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A rep's won revenue and gross profit per close day, so a quarter can be shown week by week and month by month.
 * Implemented in {@code reviews.query}, which may use this package; this package never uses that one.
 */
public interface WonDealRows {

    /** Won on one day. */
    record DayWon(LocalDate day, BigDecimal revenue, BigDecimal grossProfit) {
    }

    /**
     * Days with a won deal closed within the range, in order.
     * @throws org.springframework.security.access.AccessDeniedException for a rep outside the caller's scope
     */
    List<DayWon> byDay(long repId, DateRange range);
}
