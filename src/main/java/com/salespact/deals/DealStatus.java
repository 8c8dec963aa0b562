package com.salespact.deals;

import java.util.Set;

/** How deals stand, as a list filters them: still open (what a list shows first), won, lost, or all of them. */
public enum DealStatus {
    OPEN, WON, LOST, ALL;

    /** The stages of deals with this status; null for {@link #ALL} (no filter). */
    public Set<Stage> stages() {
        return switch (this) {
            case OPEN -> Set.copyOf(Stage.openStages());
            case WON -> Set.of(Stage.WON);
            case LOST -> Set.of(Stage.LOST);
            case ALL -> null;
        };
    }
}
