package com.salespact.holidays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which days a meeting can be held on: Monday to Friday except company holidays. The one home of "the next working
 * day" for scheduling reviews; pace and pro-rating deliberately keep counting Monday to Friday
 * ({@link com.salespact.base.FiscalCalendar}), so adding a holiday never shifts a figure.
 */
public record WorkingDays(Set<LocalDate> holidays) {

    /** Weekends only: for code that has no holiday list (and tests). */
    public static final WorkingDays WEEKDAYS = new WorkingDays(Set.of());

    public WorkingDays {
        holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /** The day itself when it is a working day, else the next working day. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate cursor = day;
        while (!isWorkingDay(cursor)) {
            cursor = cursor.plusDays(1);
        }
        return cursor;
    }

    /** The day itself when it is a working day, else the working day before (for history that must stay past). */
    public LocalDate onOrBefore(LocalDate day) {
        LocalDate cursor = day;
        while (!isWorkingDay(cursor)) {
            cursor = cursor.minusDays(1);
        }
        return cursor;
    }
}
