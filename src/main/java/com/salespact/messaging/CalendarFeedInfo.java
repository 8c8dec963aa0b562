package com.salespact.messaging;

import java.time.Instant;

/** An active calendar feed as the settings page and the admin's list show it (never its token). */
public record CalendarFeedInfo(long id, long personId, String personName, Instant createdAt, Instant lastFetchedAt) {
}
