package com.salespact.reviews;

/** One rep's line in a manager's review overview: the next review, the last held one, open actions. */
public record RepReviews(long repId, String repName, ReviewRow next, ReviewRow lastHeld, int openActions) {
}
