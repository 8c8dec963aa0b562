package com.salespact.base;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The periods dashboards show: this week, month, quarter or fiscal year, split into buckets for charts. */
public enum PeriodKind {
    WEEK, MONTH, QUARTER, YEAR;

    // Skeletons, not patterns: each locale orders and punctuates them its own way ("1 Oct", "1. Okt.").
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedPattern("EEEd");
    private static final DateTimeFormatter DAY_OF_MONTH = DateTimeFormatter.ofLocalizedPattern("MMMd");
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofLocalizedPattern("MMM");

    public DateRange rangeOf(FiscalCalendar calendar, LocalDate day) {
        return switch (this) {
            case WEEK -> FiscalCalendar.isoWeekOf(day);
            case MONTH -> calendar.monthOf(day);
            case QUARTER -> calendar.quarterOf(day);
            case YEAR -> calendar.yearOf(day);
        };
    }

    /** Chart buckets: days for a week or month, ISO weeks (clipped to the period) for a quarter, months for a year. */
    public List<DateRange> buckets(DateRange period) {
        List<DateRange> buckets = new ArrayList<>();
        LocalDate cursor = period.start();
        while (!cursor.isAfter(period.end())) {
            LocalDate end = switch (this) {
                case WEEK, MONTH -> cursor;
                case QUARTER -> FiscalCalendar.isoWeekOf(cursor).end();
                case YEAR -> cursor.withDayOfMonth(cursor.lengthOfMonth());
            };
            if (end.isAfter(period.end())) {
                end = period.end();
            }
            buckets.add(new DateRange(cursor, end));
            cursor = end.plusDays(1);
        }
        return buckets;
    }

    /** A chart bucket's label in the reader's locale: a weekday, a day of the month, or a month. */
    public String label(DateRange bucket, Locale locale) {
        DateTimeFormatter format = switch (this) {
            case WEEK -> DAY;
            case MONTH, QUARTER -> DAY_OF_MONTH;
            case YEAR -> MONTH_NAME;
        };
        return format.withLocale(locale).format(bucket.start());
    }
}
