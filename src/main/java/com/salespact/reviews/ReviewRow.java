package com.salespact.reviews;

import java.time.Instant;
import java.time.LocalDate;

/** A review as lists show it: who, what kind, when, and whether it was held on time. Nothing private. */
public record ReviewRow(long id, ReviewKind kind, long repId, String repName, LocalDate scheduledFor,
                        ReviewStatus status, Instant heldAt, boolean heldOnTime) {
}
