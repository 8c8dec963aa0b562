package com.salespact.goals.query;

import com.salespact.base.Pace;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A rep's sales against target for a period, as of a day. {@code dueTarget} is the part of the target that
 * should have been reached by that day (pro-rated by working days); pace compares actual with it.
 */
public record RepPace(long personId, String fullName, String repStyle, Long teamId,
                      BigDecimal actualRevenue, BigDecimal actualGrossProfit,
                      BigDecimal target, BigDecimal grossProfitTarget, BigDecimal dueTarget) {

    /** actual ÷ pro-rated target; null when nothing was due yet. */
    public BigDecimal attainment() {
        return ratio(actualRevenue, dueTarget);
    }

    /** actual ÷ the whole period's target. */
    public BigDecimal shareOfTarget() {
        return ratio(actualRevenue, target);
    }

    public Pace pace() {
        return Pace.of(attainment());
    }

    static BigDecimal ratio(BigDecimal actual, BigDecimal due) {
        if (due == null || due.signum() == 0) {
            return null;
        }
        return actual.divide(due, 4, RoundingMode.HALF_UP);
    }
}
