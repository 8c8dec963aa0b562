package com.salespact.deals;

/** Where a deal stands. WON and LOST close it. */
public enum Stage {
    PROSPECT, QUALIFIED, PROPOSAL, NEGOTIATION, WON, LOST;

    public boolean isClosed() {
        return this == WON || this == LOST;
    }

    public boolean isOpen() {
        return !isClosed();
    }

    /** The next open stage on the way to a win; WON after NEGOTIATION; none for closed deals. */
    public java.util.Optional<Stage> next() {
        return switch (this) {
            case PROSPECT -> java.util.Optional.of(QUALIFIED);
            case QUALIFIED -> java.util.Optional.of(PROPOSAL);
            case PROPOSAL -> java.util.Optional.of(NEGOTIATION);
            case NEGOTIATION -> java.util.Optional.of(WON);
            case WON, LOST -> java.util.Optional.empty();
        };
    }

    /**
     * Days a deal may sit in this stage before it is stale: flagged on the board and asked about in the 1:1. Later
     * stages should move faster; closed deals never go stale.
     */
    public int staleAfterDays() {
        return switch (this) {
            case PROSPECT, QUALIFIED -> 30;
            case PROPOSAL -> 21;
            case NEGOTIATION -> 14;
            case WON, LOST -> Integer.MAX_VALUE;
        };
    }

    public static java.util.List<Stage> openStages() {
        return java.util.List.of(PROSPECT, QUALIFIED, PROPOSAL, NEGOTIATION);
    }
}
