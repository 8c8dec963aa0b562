package com.salespact.base;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One event of a person's calendar feed, as a feature names it (so messaging knows no features; it lives in base so that features need not depend on messaging): rendered in the
 * person's language and written by the same builder as the invitations by mail.
 * @param eventKey stable per event, e.g. "review-12" (the UID is {@code <eventKey>@<host>}, as for an invitation)
 * @param sequence the event's SEQUENCE, the same number an invitation for it carried
 * @param cancelled written as STATUS:CANCELLED (kept in the feed so a calendar that holds it drops it)
 * @param day the event's day
 * @param time null for an all-day event (reviews and pact dates are on days, as in the invitations); a time in the
 *             company's zone makes a timed event of an hour with DTSTART;TZID
 * @param titleKey the SUMMARY's translation key, with {@code titleArgs}
 * @param link where it lives in the app (a route location), or null
 */
public record CalendarEntry(String eventKey, int sequence, boolean cancelled, LocalDate day, LocalTime time, String titleKey,
                            List<String> titleArgs, String link) {

    public CalendarEntry {
        titleArgs = List.copyOf(titleArgs);
    }
}
