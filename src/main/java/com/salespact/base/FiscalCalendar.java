package com.salespact.base;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Fiscal year → quarters → months → ISO weeks. A fiscal year is named by the calendar year it starts in,
 * so with a start month of April, fiscal year 2026 runs from 2026-04-01 to 2027-03-31.
 */
public record FiscalCalendar(int startMonth) {

    public FiscalCalendar {
        if (startMonth < 1 || startMonth > 12) {
            throw new IllegalArgumentException("Fiscal year start month must be 1..12, was " + startMonth);
        }
    }

    public int fiscalYearOf(LocalDate day) {
        return day.getMonthValue() >= startMonth ? day.getYear() : day.getYear() - 1;
    }

    public DateRange year(int fiscalYear) {
        LocalDate start = LocalDate.of(fiscalYear, startMonth, 1);
        return new DateRange(start, start.plusYears(1).minusDays(1));
    }

    /** Fiscal month 1..12 of a day (1 = first month of the fiscal year). */
    public int fiscalMonthOf(LocalDate day) {
        return Math.floorMod(day.getMonthValue() - startMonth, 12) + 1;
    }

    public int fiscalQuarterOf(LocalDate day) {
        return (fiscalMonthOf(day) - 1) / 3 + 1;
    }

    public DateRange month(int fiscalYear, int fiscalMonth) {
        YearMonth month = YearMonth.of(fiscalYear, startMonth).plusMonths(fiscalMonth - 1L);
        return new DateRange(month.atDay(1), month.atEndOfMonth());
    }

    public DateRange quarter(int fiscalYear, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("Quarter must be 1..4, was " + quarter);
        }
        LocalDate start = month(fiscalYear, (quarter - 1) * 3 + 1).start();
        return new DateRange(start, start.plusMonths(3).minusDays(1));
    }

    public DateRange quarterOf(LocalDate day) {
        return quarter(fiscalYearOf(day), fiscalQuarterOf(day));
    }

    public DateRange monthOf(LocalDate day) {
        return month(fiscalYearOf(day), fiscalMonthOf(day));
    }

    public DateRange yearOf(LocalDate day) {
        return year(fiscalYearOf(day));
    }

    /** The ISO week (Monday to Sunday) containing the day. */
    public static DateRange isoWeekOf(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new DateRange(monday, monday.plusDays(6));
    }

    /** "2026-W05": the ISO week of the day, as dedup keys and addresses write it (ISO 8601, two-digit week). */
    public static String isoWeekLabel(LocalDate day) {
        return "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public static int isoWeekNumber(LocalDate day) {
        return day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** Monday–Friday days between two dates, both inclusive; 0 when {@code to} is before {@code from}. */
    public static int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        long fullWeeks = days / 7;
        int count = (int) (fullWeeks * 5);
        LocalDate cursor = from.plusDays(fullWeeks * 7);
        while (!cursor.isAfter(to)) {
            if (cursor.getDayOfWeek().getValue() <= 5) {
                count++;
            }
            cursor = cursor.plusDays(1);
        }
        return count;
    }

    public String quarterLabel(LocalDate day) {
        return Messages.text("calendar.quarter", String.valueOf(fiscalQuarterOf(day)), String.valueOf(fiscalYearOf(day)));
    }
}
