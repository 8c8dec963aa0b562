package com.salespact.reviews;

import com.salespact.holidays.WorkingDays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * How often a rep and their manager meet one to one: every {@code everyWeeks} weeks on {@code day}. The default is
 * weekly (see {@link OneOnOneCadences}); a signed pact's manager commitment can set another.
 */
public record OneOnOneCadence(int everyWeeks, DayOfWeek day) {

    public OneOnOneCadence {
        Objects.requireNonNull(day);
        if (everyWeeks < 1 || everyWeeks > 8) {
            throw new IllegalArgumentException("A 1:1 cadence is every 1 to 8 weeks, was " + everyWeeks);
        }
    }

    public static OneOnOneCadence weekly(DayOfWeek day) {
        return new OneOnOneCadence(1, day);
    }

    /**
     * The date of the next 1:1: {@code everyWeeks} after the last one, on the cadence day of that week, but never
     * before today (a missed slot is not scheduled in the past; the first free cadence day is).
     * @param lastMeeting the last 1:1's date (held or scheduled); null when there was none
     */
    public LocalDate next(LocalDate lastMeeting, LocalDate today) {
        LocalDate earliest = lastMeeting == null ? today : onCadenceDay(lastMeeting.plusWeeks(everyWeeks));
        if (lastMeeting != null && !earliest.isAfter(lastMeeting)) {
            earliest = lastMeeting.plusDays(1);
        }
        LocalDate candidate = earliest.isBefore(today) ? today : earliest;
        return candidate.with(TemporalAdjusters.nextOrSame(day));
    }

    /**
     * The same, moved off a weekend or company holiday to the next working day (a Friday 1:1 on a public holiday
     * is held on Monday; the cadence carries on from the usual day).
     */
    public LocalDate next(LocalDate lastMeeting, LocalDate today, WorkingDays workingDays) {
        return workingDays.onOrAfter(next(lastMeeting, today));
    }

    /** The cadence day of the ISO week containing {@code date}. */
    private LocalDate onCadenceDay(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(day.getValue() - 1L);
    }
}
