package com.salespact.reviews;

import java.util.List;

/**
 * What the daily catch-up check reads before it checks anybody: who to check. Runs with nobody signed in. Implemented
 * in {@code reviews.query}, which may use this package; this package never uses that one.
 */
public interface CatchUpRows {

    /** Every active rep. */
    List<Long> activeRepIds();
}
