package com.salespact.reviews;

import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;

/** Which stretch of time a review looks at, from the day it is held. */
public final class ReviewPeriods {

    /** A quarterly review this many days into a quarter still closes the previous one. */
    static final int QUARTER_CLOSING_DAYS = 15;

    private ReviewPeriods() {
    }

    /**
     * The week a 1:1 reviews: the meeting's own ISO week, except early in the week (Monday or Tuesday), when the
     * week just finished has the facts worth talking about.
     */
    public static DateRange weekUnderReview(LocalDate meetingDay) {
        DateRange week = FiscalCalendar.isoWeekOf(meetingDay);
        return meetingDay.getDayOfWeek().getValue() <= DayOfWeek.TUESDAY.getValue()
                ? FiscalCalendar.isoWeekOf(week.start().minusDays(1)) : week;
    }

    /**
     * The fiscal quarter a quarterly plan review presents: the meeting's quarter, or the previous one when the
     * meeting is within the first {@value #QUARTER_CLOSING_DAYS} days of a quarter (the review that closes it).
     */
    public static DateRange quarterUnderReview(FiscalCalendar calendar, LocalDate meetingDay) {
        DateRange quarter = calendar.quarterOf(meetingDay);
        return meetingDay.isBefore(quarter.start().plusDays(QUARTER_CLOSING_DAYS))
                ? calendar.quarterOf(quarter.start().minusDays(1)) : quarter;
    }

    /** The period a review of this kind held on this day looks at. */
    public static DateRange periodOf(ReviewKind kind, FiscalCalendar calendar, LocalDate meetingDay) {
        return switch (kind) {
            case WEEKLY_ONE_ON_ONE, PIPELINE -> weekUnderReview(meetingDay);
            case MONTHLY -> calendar.monthOf(meetingDay.minusDays(QUARTER_CLOSING_DAYS));
            case QUARTERLY_PLAN -> quarterUnderReview(calendar, meetingDay);
        };
    }
}
