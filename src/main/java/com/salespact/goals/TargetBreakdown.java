package com.salespact.goals;

import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * An annual target broken down: months by the seasonality weights, and any shorter period (an ISO week, a quarter)
 * by working days: a period's target is, for every month it touches, that month's target × the period's working days
 * in the month ÷ the month's working days. So a week spanning two months takes its part of each, and a week spanning
 * two fiscal years takes from this year's target only the days in this year (the rest comes from the next year's).
 * Pure maths, no Spring.
 */
public record TargetBreakdown(FiscalCalendar calendar, int fiscalYear, BigDecimal revenue, BigDecimal minGrossProfit,
                              Seasonality seasonality) {

    private static final MathContext MC = MathContext.DECIMAL64;

    public TargetBreakdown {
        Objects.requireNonNull(calendar);
        Objects.requireNonNull(revenue);
        Objects.requireNonNull(minGrossProfit);
        Objects.requireNonNull(seasonality);
    }

    /** The twelve fiscal months, first month of the fiscal year first, at full precision. */
    public List<MonthTarget> months() {
        List<MonthTarget> months = new ArrayList<>(Seasonality.MONTHS);
        for (int month = 1; month <= Seasonality.MONTHS; month++) {
            months.add(month(month));
        }
        return List.copyOf(months);
    }

    /** @param fiscalMonth 1..12 */
    public MonthTarget month(int fiscalMonth) {
        BigDecimal share = seasonality.share(fiscalMonth);
        return new MonthTarget(calendar.month(fiscalYear, fiscalMonth), revenue.multiply(share, MC),
                minGrossProfit.multiply(share, MC));
    }

    /** Monthly revenue in cents, summing exactly to the annual revenue (for tables and previews). */
    public List<BigDecimal> monthlyRevenue() {
        return seasonality.spread(revenue);
    }

    public List<BigDecimal> monthlyMinGrossProfit() {
        return seasonality.spread(minGrossProfit);
    }

    /** The revenue target of the part of {@code period} that lies in this fiscal year. */
    public BigDecimal revenueWithin(DateRange period) {
        return months().stream().map(month -> month.revenueWithin(period)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal minGrossProfitWithin(DateRange period) {
        return months().stream().map(month -> month.grossProfitWithin(period))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** This year's part of the ISO week containing {@code day}. */
    public WeekTarget week(LocalDate day) {
        DateRange week = FiscalCalendar.isoWeekOf(day);
        return new WeekTarget(week, FiscalCalendar.isoWeekNumber(week.start()), revenueWithin(week),
                minGrossProfitWithin(week));
    }

    /** Every ISO week that touches this fiscal year, with this year's part of its target. */
    public List<WeekTarget> weeks() {
        DateRange year = calendar.year(fiscalYear);
        List<WeekTarget> weeks = new ArrayList<>(54);
        for (LocalDate monday = FiscalCalendar.isoWeekOf(year.start()).start(); !monday.isAfter(year.end());
                monday = monday.plusWeeks(1)) {
            weeks.add(week(monday));
        }
        return List.copyOf(weeks);
    }

    /** The revenue target of a period across the fiscal years it touches (one breakdown per year). */
    public static BigDecimal revenueWithin(Collection<TargetBreakdown> years, DateRange period) {
        return years.stream().map(year -> year.revenueWithin(period)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static BigDecimal minGrossProfitWithin(Collection<TargetBreakdown> years, DateRange period) {
        return years.stream().map(year -> year.minGrossProfitWithin(period)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A week's target (this fiscal year's part of it). */
    public record WeekTarget(DateRange week, int isoWeek, BigDecimal revenue, BigDecimal minGrossProfit) {
    }
}
