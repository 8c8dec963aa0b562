package com.salespact.reviews;

/** SCHEDULED → PREPARED (facts ready, people reminded) → HELD (facts frozen); or CANCELLED. */
public enum ReviewStatus {
    SCHEDULED, PREPARED, HELD, CANCELLED;

    /** Still to be held. */
    public boolean isOpen() {
        return this == SCHEDULED || this == PREPARED;
    }
}
