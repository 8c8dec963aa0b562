package com.salespact.people;

import java.time.Instant;

/** A notification as the bell lists it; {@code link} is a route location such as "targets?year=2026" (or null). */
public record NotificationLine(long id, String kind, String message, String link, Instant createdAt, boolean read) {
}
