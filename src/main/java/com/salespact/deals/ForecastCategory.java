package com.salespact.deals;

/** How sure the rep is that an open deal closes in its expected period. */
public enum ForecastCategory {
    COMMIT, BEST_CASE, PIPELINE
}
