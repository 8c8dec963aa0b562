package com.salespact.demo;

import com.salespact.base.FiscalCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * "Now" for the demo company, read once from the application clock, and the history window it reaches back over.
 * Local times are in the clock's zone; stored timestamps are converted to UTC.
 */
record DemoClock(ZonedDateTime now, FiscalCalendar calendar, LocalDate historyStart) {

    static final int HISTORY_MONTHS = 18;

    static DemoClock of(Clock clock, FiscalCalendar calendar) {
        ZonedDateTime now = ZonedDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        return new DemoClock(now, calendar, now.toLocalDate().minusMonths(HISTORY_MONTHS));
    }

    LocalDate today() {
        return now.toLocalDate();
    }

    OffsetDateTime nowUtc() {
        return now.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    OffsetDateTime at(LocalDateTime local) {
        return local.atZone(now.getZone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    OffsetDateTime at(LocalDate day, int minuteOfDay) {
        return at(day.atStartOfDay().plusMinutes(minuteOfDay));
    }

    /** A random moment in office hours (08:00–17:59) on the given day. */
    LocalDateTime officeHours(LocalDate day, Random random) {
        return day.atTime(8 + random.nextInt(10), random.nextInt(60));
    }

    static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek().getValue() <= 5;
    }

    /** Monday–Friday days from {@code from} to {@code to}, both inclusive. */
    static List<LocalDate> workingDays(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                days.add(day);
            }
        }
        return days;
    }
}
