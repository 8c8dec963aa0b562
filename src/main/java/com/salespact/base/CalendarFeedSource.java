package com.salespact.base;

import java.time.LocalDate;
import java.util.List;

/**
 * A feature's part of a person's calendar feed (reviews: their 1:1s and plan reviews; pacts: their pact dates and,
 * for a manager, their team's). Each source decides whose events a person may see: the feed is opened by a token,
 * not a login, so there is no signed-in user to check against.
 */
public interface CalendarFeedSource {

    /** The person's events on days from {@code from} to {@code until}, both included. */
    List<CalendarEntry> entries(long personId, LocalDate from, LocalDate until);
}
