package com.salespact.pact;

import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stretch of time a pact version covers, agreed in step 1: a whole fiscal year, or twelve months from the first
 * day of a month. The dates decide which pact is in force on a day, whose targets the rep is measured against and
 * when its standards start to apply.
 */
public record PactPeriod(LocalDate start, LocalDate end) {

    public PactPeriod {
        if (start == null || end == null) {
            throw new IllegalArgumentException("A pact period needs a start and an end");
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A pact period ends after it starts");
        }
    }

    public static PactPeriod fiscalYear(FiscalCalendar calendar, int fiscalYear) {
        DateRange year = calendar.year(fiscalYear);
        return new PactPeriod(year.start(), year.end());
    }

    /** Twelve months from the first day of {@code startMonth}'s month. */
    public static PactPeriod twelveMonthsFrom(LocalDate startMonth) {
        LocalDate start = startMonth.withDayOfMonth(1);
        return new PactPeriod(start, start.plusYears(1).minusDays(1));
    }

    /**
     * The period a new pact starts from: the next fiscal year when prepared in the current one's last quarter (that
     * is when next year's pact is agreed), else the current fiscal year.
     */
    public static PactPeriod defaultFor(FiscalCalendar calendar, LocalDate today) {
        int year = calendar.fiscalYearOf(today);
        return fiscalYear(calendar, calendar.fiscalQuarterOf(today) == 4 ? year + 1 : year);
    }

    /**
     * What step 1 offers: this and next fiscal year, then twelve months from the first of each month from this one
     * to a year ahead (months that start a fiscal year are offered as that year); {@code current} stays offered.
     */
    public static List<PeriodChoice> choices(FiscalCalendar calendar, LocalDate today, PactPeriod current) {
        List<PeriodChoice> choices = new ArrayList<>();
        int year = calendar.fiscalYearOf(today);
        choices.add(new PeriodChoice(fiscalYear(calendar, year), year));
        choices.add(new PeriodChoice(fiscalYear(calendar, year + 1), year + 1));
        for (int month = 0; month <= 12; month++) {
            PactPeriod twelve = twelveMonthsFrom(today.withDayOfMonth(1).plusMonths(month));
            if (twelve.fiscalYear(calendar).isEmpty()) {
                choices.add(new PeriodChoice(twelve, null));
            }
        }
        if (current != null && choices.stream().noneMatch(choice -> choice.period().equals(current))) {
            choices.add(0, new PeriodChoice(current, current.fiscalYear(calendar).orElse(null)));
        }
        return List.copyOf(choices);
    }

    /** The fiscal year this period is, if it is exactly one. */
    public Optional<Integer> fiscalYear(FiscalCalendar calendar) {
        int year = calendar.fiscalYearOf(start);
        DateRange range = calendar.year(year);
        return range.start().equals(start) && range.end().equals(end) ? Optional.of(year) : Optional.empty();
    }

    /** Every fiscal year the period touches, first to last. */
    public List<Integer> fiscalYears(FiscalCalendar calendar) {
        List<Integer> years = new ArrayList<>();
        for (int year = calendar.fiscalYearOf(start); year <= calendar.fiscalYearOf(end); year++) {
            years.add(year);
        }
        return years;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public boolean overlaps(LocalDate from, LocalDate until) {
        return !from.isAfter(end) && !until.isBefore(start);
    }

    public DateRange range() {
        return new DateRange(start, end);
    }

    /** A countersigned version is in force from its period's start, or from the countersignature if that is later. */
    public LocalDate inForceFrom(LocalDate countersigned) {
        return countersigned.isAfter(start) ? countersigned : start;
    }

    /**
     * Standards never apply backwards: the week in which a pact is countersigned (or starts) keeps the standards it
     * started with; the new ones apply from the next Monday (the period's first day when that is a Monday and the
     * pact was signed before it).
     */
    public LocalDate standardsFrom(LocalDate countersigned) {
        LocalDate afterSigning = countersigned.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate firstFullWeek = start.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        return afterSigning.isAfter(firstFullWeek) ? afterSigning : firstFullWeek;
    }

    /** The standards of a version reach to the end of the week in which its period ends. */
    public LocalDate standardsUntil() {
        return end.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }
}
