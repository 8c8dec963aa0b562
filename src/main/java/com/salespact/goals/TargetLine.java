package com.salespact.goals;

import java.math.BigDecimal;
import java.util.List;

/**
 * A rep's target for a fiscal year as lists show it. {@code targetId}/{@code version} are null while the rep has no
 * target yet (then amounts are zero and the weights flat); pass {@code version} back as the expected version.
 */
public record TargetLine(long personId, String name, String username, Long teamId, Long targetId, Long version,
                         BigDecimal revenue, BigDecimal minGrossProfit, Seasonality seasonality) {

    public TargetOwner owner() {
        return TargetOwner.person(personId);
    }

    public boolean hasTarget() {
        return targetId != null;
    }

    public List<BigDecimal> monthlyRevenue() {
        return seasonality.spread(revenue);
    }
}
