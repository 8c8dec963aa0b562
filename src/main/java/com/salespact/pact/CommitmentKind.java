package com.salespact.pact;

/** What the manager commits to; the first two are measured from 1:1s held and coaching logged. */
public enum CommitmentKind {
    ONE_ON_ONE, COACHING_HOURS, DEAL_SUPPORT_HOURS, OTHER;

    public boolean measured() {
        return this == ONE_ON_ONE || this == COACHING_HOURS;
    }
}
