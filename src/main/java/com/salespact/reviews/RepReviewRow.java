package com.salespact.reviews;

/**
 * One rep's reviews as the database sums them up: the next review still to be held, the last one held, open
 * actions. {@link RepReviews} adds the rep's pace for the manager's list.
 *
 * @param next     the earliest review still to be held (even if its day has passed), or null
 * @param lastHeld the latest held review, or null
 */
public record RepReviewRow(long repId, String repName, ReviewRow next, ReviewRow lastHeld, int openActions) {
}
