package com.salespact.goals;

import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How an agreed target for a period (a sales pact's) becomes a fiscal year's target. A period that is the whole
 * fiscal year sets the year's amounts and keeps its seasonality. A period that covers only some of the year's months
 * (twelve months from a mid-year month) replaces just those months: the period's amount is spread over its months
 * by the years' seasonality, the other months keep their share of the old target, and the weights follow the
 * months' new amounts. Pure arithmetic, no Spring.
 */
public final class PeriodTargetSplit {

    private static final MathContext MC = MathContext.DECIMAL64;

    private PeriodTargetSplit() {
    }

    /** One fiscal year's new target. */
    public record YearTarget(int fiscalYear, BigDecimal revenue, BigDecimal minGrossProfit, Seasonality seasonality) {
    }

    /** A fiscal year's target before the change; zero amounts and flat weights when it had none. */
    public record Current(BigDecimal revenue, BigDecimal minGrossProfit, Seasonality seasonality) {

        public static Current none() {
            return new Current(BigDecimal.ZERO, BigDecimal.ZERO, Seasonality.flat());
        }
    }

    /**
     * @param period     the agreed period, whole months
     * @param current    each touched fiscal year's current target, by year (use {@link Current#none()} when unset)
     */
    public static List<YearTarget> split(FiscalCalendar calendar, DateRange period, BigDecimal revenue,
                                         BigDecimal minGrossProfit, java.util.function.IntFunction<Current> current) {
        int firstYear = calendar.fiscalYearOf(period.start());
        int lastYear = calendar.fiscalYearOf(period.end());
        if (firstYear == lastYear && calendar.year(firstYear).equals(period)) {
            return List.of(new YearTarget(firstYear, scale(revenue), scale(minGrossProfit),
                    current.apply(firstYear).seasonality()));
        }
        // Each month's weight inside the period, taken from its own fiscal year's seasonality.
        BigDecimal periodShare = BigDecimal.ZERO;
        for (int year = firstYear; year <= lastYear; year++) {
            Seasonality weights = current.apply(year).seasonality();
            for (int month = 1; month <= Seasonality.MONTHS; month++) {
                if (inside(calendar.month(year, month), period)) {
                    periodShare = periodShare.add(weights.share(month));
                }
            }
        }
        List<YearTarget> years = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            Current old = current.apply(year);
            List<BigDecimal> monthRevenue = new ArrayList<>();
            BigDecimal yearRevenue = BigDecimal.ZERO;
            BigDecimal yearGrossProfit = BigDecimal.ZERO;
            for (int month = 1; month <= Seasonality.MONTHS; month++) {
                BigDecimal share = old.seasonality().share(month);
                boolean agreed = inside(calendar.month(year, month), period);
                BigDecimal monthShare = agreed ? share.divide(periodShare, MC) : share;
                BigDecimal r = (agreed ? revenue : old.revenue()).multiply(monthShare, MC);
                BigDecimal g = (agreed ? minGrossProfit : old.minGrossProfit()).multiply(monthShare, MC);
                monthRevenue.add(r);
                yearRevenue = yearRevenue.add(r);
                yearGrossProfit = yearGrossProfit.add(g);
            }
            years.add(new YearTarget(year, scale(yearRevenue), scale(yearGrossProfit),
                    weights(monthRevenue, yearRevenue, old.seasonality())));
        }
        return years;
    }

    private static boolean inside(DateRange month, DateRange period) {
        return !month.start().isBefore(period.start()) && !month.end().isAfter(period.end());
    }

    /** The months' amounts as weights summing to 12; the old weights when the year has no revenue at all. */
    private static Seasonality weights(List<BigDecimal> months, BigDecimal total, Seasonality old) {
        if (total.signum() == 0) {
            return old;
        }
        List<BigDecimal> weights = months.stream()
                .map(month -> month.multiply(BigDecimal.valueOf(Seasonality.MONTHS), MC).divide(total, MC)).toList();
        return new Seasonality(weights);
    }

    private static BigDecimal scale(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
