package com.salespact.goals;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MonthTargetTest {

    private final FiscalCalendar calendar = new FiscalCalendar(1);
    // November 2026 has 21 working days.
    private final MonthTarget november = new MonthTarget(calendar.month(2026, 11), new BigDecimal("21000"),
            new BigDecimal("6300"));

    @Test
    void wholeMonthGetsWholeTarget() {
        assertThat(november.revenueWithin(calendar.month(2026, 11))).isEqualByComparingTo("21000");
        assertThat(november.revenueWithin(calendar.quarter(2026, 4))).isEqualByComparingTo("21000");
    }

    @Test
    void weekSpanningTwoMonthsTakesOnlyItsDaysInThisMonth() {
        // Mon 30 Nov – Sun 6 Dec: one working day in November.
        DateRange week = FiscalCalendar.isoWeekOf(LocalDate.of(2026, 12, 2));
        assertThat(november.revenueWithin(week)).isEqualByComparingTo("1000");
    }

    @Test
    void dueTargetCountsWorkingDaysElapsed() {
        // 1–18 Nov 2026: 13 working days of 21.
        assertThat(november.revenueDueBy(calendar.quarter(2026, 4), LocalDate.of(2026, 11, 18)))
                .isEqualByComparingTo("13000");
        assertThat(november.revenueDueBy(calendar.quarter(2026, 4), LocalDate.of(2026, 10, 31))).isZero();
        assertThat(november.grossProfitWithin(calendar.month(2026, 11))).isEqualByComparingTo("6300");
    }

    @Test
    void zeroTargetStaysZero() {
        MonthTarget nothing = new MonthTarget(calendar.month(2026, 11), BigDecimal.ZERO, BigDecimal.ZERO);
        assertThat(nothing.revenueDueBy(calendar.month(2026, 11), LocalDate.of(2026, 11, 30))).isZero();
    }

    @Test
    void firstDayOfFiscalYearAndLeapFebruary() {
        FiscalCalendar march = new FiscalCalendar(3);
        MonthTarget feb2028 = new MonthTarget(march.month(2027, 12), new BigDecimal("2100"), BigDecimal.ZERO);
        assertThat(feb2028.month().end()).isEqualTo(LocalDate.of(2028, 2, 29));
        // Feb 2028 has 21 working days; the 29th is a Tuesday, the last of them.
        assertThat(feb2028.revenueDueBy(march.year(2027), LocalDate.of(2028, 2, 28))).isEqualByComparingTo("2000");
        MonthTarget firstMonth = new MonthTarget(march.month(2027, 1), new BigDecimal("2300"), BigDecimal.ZERO);
        // 1 March 2027 is a Monday: one of 23 working days due on the first day of the fiscal year.
        assertThat(firstMonth.revenueDueBy(march.year(2027), LocalDate.of(2027, 3, 1))).isEqualByComparingTo("100");
    }
}
