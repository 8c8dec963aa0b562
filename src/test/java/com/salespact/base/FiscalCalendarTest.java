package com.salespact.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FiscalCalendarTest {

    private final FiscalCalendar april = new FiscalCalendar(4);
    private final FiscalCalendar january = new FiscalCalendar(1);

    @Test
    void fiscalYearIsNamedByTheYearItStartsIn() {
        assertThat(april.fiscalYearOf(LocalDate.of(2026, 3, 31))).isEqualTo(2025);
        assertThat(april.fiscalYearOf(LocalDate.of(2026, 4, 1))).isEqualTo(2026);
        assertThat(april.year(2026)).isEqualTo(new DateRange(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)));
    }

    @Test
    void quartersAndMonthsFollowTheStartMonth() {
        assertThat(april.fiscalMonthOf(LocalDate.of(2027, 1, 15))).isEqualTo(10);
        assertThat(april.fiscalQuarterOf(LocalDate.of(2027, 1, 15))).isEqualTo(4);
        assertThat(april.quarterOf(LocalDate.of(2027, 1, 15)))
                .isEqualTo(new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)));
        assertThat(january.quarterOf(LocalDate.of(2026, 11, 18)))
                .isEqualTo(new DateRange(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
        assertThat(january.quarterLabel(LocalDate.of(2026, 11, 18))).isEqualTo("Q4 FY2026");
    }

    @Test
    void leapYearFebruaryEndsOnThe29th() {
        assertThat(january.month(2028, 2).end()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(january.month(2027, 2).end()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void isoWeekRunsMondayToSundayAcrossMonthsAndYears() {
        DateRange week = FiscalCalendar.isoWeekOf(LocalDate.of(2026, 1, 1));
        assertThat(week).isEqualTo(new DateRange(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 4)));
        assertThat(FiscalCalendar.isoWeekNumber(LocalDate.of(2026, 1, 1))).isEqualTo(1);
    }

    @Test
    void workingDaysCountMondayToFriday() {
        assertThat(FiscalCalendar.workingDaysBetween(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22))).isEqualTo(5);
        assertThat(FiscalCalendar.workingDaysBetween(LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 22))).isZero();
        assertThat(FiscalCalendar.workingDaysBetween(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))).isEqualTo(21);
        assertThat(FiscalCalendar.workingDaysBetween(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 1))).isZero();
    }

    @Test
    void refusesImpossibleInput() {
        assertThatThrownBy(() -> new FiscalCalendar(13)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> january.quarter(2026, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DateRange(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void paceColoursFollowTheOneRule() {
        assertThat(Pace.of(new java.math.BigDecimal("1.00"))).isEqualTo(Pace.ON_TRACK);
        assertThat(Pace.of(new java.math.BigDecimal("0.9999"))).isEqualTo(Pace.BEHIND);
        assertThat(Pace.of(new java.math.BigDecimal("0.85"))).isEqualTo(Pace.BEHIND);
        assertThat(Pace.of(new java.math.BigDecimal("0.8499"))).isEqualTo(Pace.AT_RISK);
        assertThat(Pace.of(null)).isEqualTo(Pace.ON_TRACK);
    }

    @Test
    void anIsoWeekIsLabelledWithItsWeekBasedYearAndTwoDigits() {
        assertThat(FiscalCalendar.isoWeekLabel(java.time.LocalDate.of(2026, 1, 29))).isEqualTo("2026-W05");
        assertThat(FiscalCalendar.isoWeekLabel(java.time.LocalDate.of(2026, 12, 6))).isEqualTo("2026-W49");
        // 1 January 2027 is a Friday: it belongs to the 53rd week of 2026.
        assertThat(FiscalCalendar.isoWeekLabel(java.time.LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
    }
}
