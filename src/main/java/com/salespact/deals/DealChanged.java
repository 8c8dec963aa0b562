package com.salespact.deals;

import com.salespact.base.TeamEvent;
import java.math.BigDecimal;

/** Published after a deal change commits, for live dashboards and wall screens (a win is celebrated there). */
public record DealChanged(Long teamId, long dealId, long ownerId, Kind kind, String dealName, BigDecimal amount,
                          String ownerName) implements TeamEvent {

    public enum Kind {
        CREATED, UPDATED, STAGE_CHANGED, WON
    }
}
