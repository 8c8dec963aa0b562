package com.salespact.commission;

import java.math.BigDecimal;

/**
 * The rep's targets for the statement's period, as the goals feature computes them (the annual target spread by the
 * seasonality weights over the period's months). Zero means no target was set.
 */
public record PeriodTarget(BigDecimal revenue, BigDecimal minGrossProfit) {

    public PeriodTarget {
        revenue = revenue == null ? BigDecimal.ZERO : revenue;
        minGrossProfit = minGrossProfit == null ? BigDecimal.ZERO : minGrossProfit;
    }

    public boolean hasRevenueTarget() {
        return revenue.signum() > 0;
    }
}
