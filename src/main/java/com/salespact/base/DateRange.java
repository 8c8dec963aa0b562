package com.salespact.base;

import java.time.LocalDate;
import java.util.Objects;

/** An inclusive range of days. */
public record DateRange(LocalDate start, LocalDate end) {

    public DateRange {
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("Range ends before it starts: " + start + ".." + end);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** Monday to Friday days in the range. */
    public int workingDays() {
        return FiscalCalendar.workingDaysBetween(start, end);
    }

    /** Working days from the start up to and including {@code day}, clamped to the range. */
    public int workingDaysElapsed(LocalDate day) {
        if (day.isBefore(start)) {
            return 0;
        }
        return FiscalCalendar.workingDaysBetween(start, day.isAfter(end) ? end : day);
    }
}
