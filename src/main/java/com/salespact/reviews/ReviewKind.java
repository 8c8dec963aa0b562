package com.salespact.reviews;

/** The kinds of review meeting. This feature runs weekly 1:1s and quarterly plan reviews. */
public enum ReviewKind {
    WEEKLY_ONE_ON_ONE, MONTHLY, QUARTERLY_PLAN, PIPELINE
}
