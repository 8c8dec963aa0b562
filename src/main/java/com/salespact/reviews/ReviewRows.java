package com.salespact.reviews;

import com.salespact.people.DataScope;
import java.util.List;

/**
 * Review lists in one statement each, within a data scope the service has already resolved: callers check access.
 * Implemented in {@code reviews.query}, which may use this package; this package never uses that one.
 */
public interface ReviewRows {

    /** Reviews still to be held, earliest first; {@code repId} null means every rep in the scope. */
    List<ReviewRow> upcoming(DataScope scope, Long repId, int limit);

    /** Held and cancelled reviews, latest first. */
    List<ReviewRow> past(DataScope scope, Long repId, int limit);

    /** Every active rep in the scope, by name, with their next review, last held review and open actions. */
    List<RepReviewRow> overview(DataScope scope);
}
