package com.salespact.pact;

/** What a minimum acceptable standard counts. Pipeline coverage is a multiple of the remaining quarter target. */
public enum MasMetric {
    CALLS, MEETINGS, NEW_OPPORTUNITIES, PROPOSALS, PIPELINE_COVERAGE
}
