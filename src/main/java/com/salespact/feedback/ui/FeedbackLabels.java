package com.salespact.feedback.ui;

import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import java.time.format.DateTimeFormatter;

/** Days and periods as the feedback page writes them, so the tabs name a quarter the same way. */
final class FeedbackLabels {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    private FeedbackLabels() {
    }

    /** A fiscal quarter by its name ("Q3 FY2026"), any other period as its first and last day. */
    static String period(FiscalCalendar calendar, DateRange period) {
        return calendar.quarterOf(period.start()).equals(period) ? calendar.quarterLabel(period.start())
                : DAY.format(period.start()) + " – " + DAY.format(period.end());
    }
}
