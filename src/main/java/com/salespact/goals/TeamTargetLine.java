package com.salespact.goals;

import java.math.BigDecimal;
import java.util.List;

/**
 * A team's target for a fiscal year, both numbers: the sum of its active reps' targets, and the explicit target
 * when one is set ({@code explicit}); {@link #revenue()} is whichever applies. {@code targetId}/{@code version}
 * belong to the stored team row (it stays after an explicit target is cleared, keeping its history).
 * {@code monthlyRevenue} is the explicit target spread by its weights, or the sum of the reps' months.
 */
public record TeamTargetLine(long teamId, String name, Long targetId, Long version, boolean explicit,
                             BigDecimal explicitRevenue, BigDecimal explicitMinGrossProfit, Seasonality seasonality,
                             BigDecimal repsRevenue, BigDecimal repsMinGrossProfit, List<BigDecimal> monthlyRevenue) {

    public TargetOwner owner() {
        return TargetOwner.team(teamId);
    }

    public BigDecimal revenue() {
        return explicit ? explicitRevenue : repsRevenue;
    }

    public BigDecimal minGrossProfit() {
        return explicit ? explicitMinGrossProfit : repsMinGrossProfit;
    }
}
