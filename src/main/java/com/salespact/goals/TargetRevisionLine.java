package com.salespact.goals;

import java.math.BigDecimal;
import java.time.Instant;

/** One entry of a target's history: who changed it, when, why, old → new (old is null for the first). */
public record TargetRevisionLine(long id, Instant changedAt, String changedBy, String reason, BigDecimal oldRevenue,
                                 BigDecimal newRevenue, BigDecimal oldMinGrossProfit, BigDecimal newMinGrossProfit,
                                 Seasonality weights) {
}
