package com.salespact.deals;

/** Published after a deal change commits, for live dashboards and wall screens. */
public record DealChanged(Long teamId, long dealId, long ownerId, Kind kind) {

    public enum Kind {
        CREATED, UPDATED, STAGE_CHANGED, WON
    }
}
