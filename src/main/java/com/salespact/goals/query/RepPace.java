package com.salespact.goals.query;

import com.salespact.base.Pace;
import java.math.BigDecimal;

/**
 * A rep's sales against target for a period, as of a day. {@code dueTarget} is the part of the target that
 * should have been reached by that day (pro-rated by working days); pace compares actual with it.
 */
public record RepPace(long personId, String fullName, String repStyle, Long teamId,
                      BigDecimal actualRevenue, BigDecimal actualGrossProfit,
                      BigDecimal target, BigDecimal grossProfitTarget, BigDecimal dueTarget) {

    /** actual ÷ pro-rated target; null when nothing was due yet. */
    public BigDecimal attainment() {
        return Pace.attainment(actualRevenue, dueTarget);
    }

    /** actual ÷ the whole period's target. */
    public BigDecimal shareOfTarget() {
        return Pace.attainment(actualRevenue, target);
    }

    public Pace pace() {
        return Pace.of(attainment());
    }
}
