package com.salespact.feedback.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;

/** Days and periods as the feedback page writes them, so the tabs name a quarter the same way. */
final class FeedbackLabels {


    private FeedbackLabels() {
    }

    /** A fiscal quarter by its name ("Q3 FY2026"), any other period as its first and last day. */
    static String period(FiscalCalendar calendar, DateRange period) {
        return calendar.quarterOf(period.start()).equals(period) ? calendar.quarterLabel(period.start())
                : UserFormats.current().dateRange(period.start(), period.end());
    }
}
