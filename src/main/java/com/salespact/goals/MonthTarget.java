package com.salespact.goals;

import com.salespact.base.DateRange;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

/**
 * The target for one calendar month (annual target × the month's seasonality weight). Smaller periods get a
 * share pro-rated by working days, so a week spanning two months takes its part of each.
 */
public record MonthTarget(DateRange month, BigDecimal revenue, BigDecimal grossProfit) {

    private static final MathContext MC = MathContext.DECIMAL64;

    /** Revenue target for the part of {@code period} that falls in this month. */
    public BigDecimal revenueWithin(DateRange period) {
        return share(revenue, period, period.end());
    }

    public BigDecimal grossProfitWithin(DateRange period) {
        return share(grossProfit, period, period.end());
    }

    /** Revenue target for the part of {@code period} in this month that has elapsed by {@code asOf}. */
    public BigDecimal revenueDueBy(DateRange period, LocalDate asOf) {
        return share(revenue, period, asOf);
    }

    private BigDecimal share(BigDecimal monthly, DateRange period, LocalDate upTo) {
        LocalDate from = max(period.start(), month.start());
        LocalDate to = min(min(period.end(), month.end()), upTo);
        if (to.isBefore(from)) {
            return BigDecimal.ZERO;
        }
        int monthDays = month.workingDays();
        if (monthDays == 0) {
            return BigDecimal.ZERO;
        }
        int days = new DateRange(from, to).workingDays();
        return monthly.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(monthDays), MC);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
