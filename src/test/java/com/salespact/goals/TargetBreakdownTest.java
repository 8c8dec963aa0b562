package com.salespact.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Annual → months by weights → weeks by working days, at the edges of periods. No Spring. */
class TargetBreakdownTest {

    private static TargetBreakdown flat(FiscalCalendar calendar, int year, String revenue) {
        return new TargetBreakdown(calendar, year, new BigDecimal(revenue), new BigDecimal(revenue).multiply(
                new BigDecimal("0.3")), Seasonality.flat());
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void monthsFollowAFiscalYearStartingInApril() {
        FiscalCalendar april = new FiscalCalendar(4);
        TargetBreakdown fy2026 = flat(april, 2026, "1200000");

        List<MonthTarget> months = fy2026.months();
        assertThat(months).hasSize(12);
        assertThat(months.getFirst().month()).isEqualTo(new DateRange(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)));
        assertThat(months.getLast().month().end()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(months).allSatisfy(month -> assertThat(month.revenue()).isEqualByComparingTo("100000"));
        assertThat(fy2026.revenueWithin(april.year(2026))).isEqualByComparingTo("1200000");
        assertThat(fy2026.minGrossProfitWithin(april.quarter(2026, 1))).isEqualByComparingTo("90000");
        // A calendar quarter straddling the fiscal year start holds only April–June of this fiscal year.
        DateRange calendarQ2 = new DateRange(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));
        assertThat(fy2026.revenueWithin(calendarQ2)).isEqualByComparingTo("300000");
        assertThat(fy2026.revenueWithin(new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)))).isZero();
    }

    @Test
    void aWeekSpanningTwoMonthsAndTwoFiscalYearsTakesItsWorkingDaysFromEach() {
        FiscalCalendar april = new FiscalCalendar(4);
        TargetBreakdown fy2026 = flat(april, 2026, "1200000");  // 100,000 a month
        TargetBreakdown fy2027 = flat(april, 2027, "1320000");  // 110,000 a month
        LocalDate wednesday = LocalDate.of(2027, 3, 31);
        DateRange week = FiscalCalendar.isoWeekOf(wednesday);
        assertThat(week).isEqualTo(new DateRange(LocalDate.of(2027, 3, 29), LocalDate.of(2027, 4, 4)));

        // March 2027 has 23 working days, 3 of them (Mon–Wed) in this week; April 2027 has 22, 2 of them (Thu, Fri).
        TargetBreakdown.WeekTarget march = fy2026.week(wednesday);
        assertThat(march.week()).isEqualTo(week);
        assertThat(march.isoWeek()).isEqualTo(13);
        assertThat(march.revenue().doubleValue()).isCloseTo(100000.0 * 3 / 23, within(0.0001));
        assertThat(march.minGrossProfit().doubleValue()).isCloseTo(30000.0 * 3 / 23, within(0.0001));
        assertThat(fy2027.week(wednesday).revenue()).isEqualByComparingTo("10000");
        assertThat(TargetBreakdown.revenueWithin(List.of(fy2026, fy2027), week).doubleValue())
                .isCloseTo(100000.0 * 3 / 23 + 10000, within(0.0001));
    }

    @Test
    void aLeapFebruaryEndsTheFiscalYearOn29thAndItsLastWeekIsSplit() {
        FiscalCalendar march = new FiscalCalendar(3);
        TargetBreakdown fy2027 = flat(march, 2027, "25200");  // 2,100 a month
        assertThat(march.year(2027).end()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(fy2027.month(12).month().end()).isEqualTo(LocalDate.of(2028, 2, 29));

        // Mon 28 Feb – Sun 5 Mar 2028: Feb 28 and 29 are 2 of February's 21 working days.
        TargetBreakdown.WeekTarget lastWeek = fy2027.week(LocalDate.of(2028, 2, 29));
        assertThat(lastWeek.revenue()).isEqualByComparingTo("200");
        assertThat(fy2027.weeks().getLast()).isEqualTo(lastWeek);
        // The next year's target supplies 1–3 March 2028: 3 of March's 23 working days.
        TargetBreakdown fy2028 = flat(march, 2028, "27600");  // 2,300 a month
        assertThat(fy2028.week(LocalDate.of(2028, 2, 29)).revenue()).isEqualByComparingTo("300");
    }

    @Test
    void theWeeksOfAYearAddUpToTheYear() {
        FiscalCalendar january = new FiscalCalendar(1);
        Seasonality seasonal = Seasonality.of(new BigDecimal("0.8"), new BigDecimal("0.9"), new BigDecimal("1.2"),
                BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("1.3"), new BigDecimal("0.6"), new BigDecimal("0.5"),
                new BigDecimal("1.2"), BigDecimal.ONE, new BigDecimal("1.1"), new BigDecimal("1.4"));
        TargetBreakdown fy2026 = new TargetBreakdown(january, 2026, new BigDecimal("950000"), new BigDecimal("285000"),
                seasonal);

        List<TargetBreakdown.WeekTarget> weeks = fy2026.weeks();
        // 29 Dec 2025 – 4 Jan 2026 is the first week touching FY2026; 28 Dec 2026 – 3 Jan 2027 the last.
        assertThat(weeks.getFirst().week().start()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(weeks.getLast().week().end()).isEqualTo(LocalDate.of(2027, 1, 3));
        assertThat(weeks.stream().map(TargetBreakdown.WeekTarget::revenue).reduce(BigDecimal.ZERO, BigDecimal::add)
                .doubleValue()).isCloseTo(950000, within(0.001));
        assertThat(weeks.stream().map(TargetBreakdown.WeekTarget::minGrossProfit)
                .reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue()).isCloseTo(285000, within(0.001));
    }

    @Test
    void aZeroTargetIsZeroEverywhere() {
        FiscalCalendar january = new FiscalCalendar(1);
        TargetBreakdown nothing = new TargetBreakdown(january, 2026, BigDecimal.ZERO, BigDecimal.ZERO,
                Seasonality.flat());
        assertThat(nothing.months()).allSatisfy(month -> assertThat(month.revenue()).isZero());
        assertThat(nothing.weeks()).allSatisfy(week -> assertThat(week.revenue()).isZero());
        assertThat(nothing.monthlyRevenue()).containsOnly(new BigDecimal("0.00"));
        assertThat(nothing.revenueWithin(january.quarter(2026, 4))).isZero();
    }

    @Test
    void weightsAreRelativeSoTheyNeedNotSumToTwelve() {
        FiscalCalendar january = new FiscalCalendar(1);
        Seasonality doubled = new Seasonality(Collections.nCopies(12, new BigDecimal("2")));
        TargetBreakdown twice = new TargetBreakdown(january, 2026, new BigDecimal("1200"), BigDecimal.ZERO, doubled);
        assertThat(twice.months()).allSatisfy(month -> assertThat(month.revenue()).isEqualByComparingTo("100"));

        // 3 + 11 × 1 = 14: January gets 3/14, every other month 1/14.
        BigDecimal[] weights = Collections.nCopies(12, BigDecimal.ONE).toArray(BigDecimal[]::new);
        weights[0] = new BigDecimal("3");
        TargetBreakdown frontLoaded = new TargetBreakdown(january, 2026, new BigDecimal("1400"), new BigDecimal("700"),
                Seasonality.of(weights));
        assertThat(frontLoaded.month(1).revenue()).isEqualByComparingTo("300");
        assertThat(frontLoaded.month(2).revenue()).isEqualByComparingTo("100");
        assertThat(frontLoaded.month(1).grossProfit()).isEqualByComparingTo("150");
        assertThat(frontLoaded.revenueWithin(january.year(2026))).isEqualByComparingTo("1400");

        // A month with weight zero has no target, and its weeks none either.
        weights[1] = BigDecimal.ZERO;
        TargetBreakdown noFebruary = new TargetBreakdown(january, 2026, new BigDecimal("1300"), BigDecimal.ZERO,
                Seasonality.of(weights));
        assertThat(noFebruary.month(2).revenue()).isZero();
        assertThat(noFebruary.week(LocalDate.of(2026, 2, 11)).revenue()).isZero();
    }

    @Test
    void monthlyAmountsAreRoundedToCentsAndStillAddUpExactly() {
        FiscalCalendar january = new FiscalCalendar(1);
        TargetBreakdown hundred = new TargetBreakdown(january, 2026, new BigDecimal("100"), new BigDecimal("10"),
                Seasonality.flat());
        List<BigDecimal> months = hundred.monthlyRevenue();
        assertThat(sum(months)).isEqualByComparingTo("100");
        assertThat(months.subList(0, 4)).containsOnly(new BigDecimal("8.34"));
        assertThat(months.subList(4, 12)).containsOnly(new BigDecimal("8.33"));
        assertThat(sum(hundred.monthlyMinGrossProfit())).isEqualByComparingTo("10");

        Seasonality odd = Seasonality.of(new BigDecimal("0.7"), new BigDecimal("1.3"), new BigDecimal("0.9"),
                new BigDecimal("1.1"), new BigDecimal("1.05"), new BigDecimal("0.95"), BigDecimal.ONE, BigDecimal.ONE,
                new BigDecimal("1.2"), new BigDecimal("0.8"), BigDecimal.ONE, new BigDecimal("1.3333"));
        assertThat(sum(odd.spread(new BigDecimal("987654.32")))).isEqualByComparingTo("987654.32");
    }
}
