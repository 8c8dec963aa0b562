package com.salespact.reviews;

/** A catch-up plan is drafted by the app, agreed in the 1:1, and closed when the rep is back on pace. */
public enum CatchUpStatus {
    DRAFT, AGREED, CLOSED
}
