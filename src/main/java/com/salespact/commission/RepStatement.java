package com.salespact.commission;

import com.salespact.base.DateRange;
import com.salespact.base.Pace;
import java.math.BigDecimal;

/**
 * A rep's statement for a period as the service hands it out: computed on every read from the deals, the plan and
 * the targets as they are now, so a changed deal shows at once.
 *
 * @param plan the plan of the period's fiscal year as it stands (the editor's), or null
 * @param pact the sales pact the statement follows, or null when none is in force for the period
 */
public record RepStatement(long repId, String repName, StatementPeriod period, DateRange range, PlanDetails plan,
                           Statement statement, StatementPact pact) {

    /** Revenue won ÷ the period's revenue target; null without a target. */
    public BigDecimal attainment() {
        PeriodTarget target = statement.target();
        return target.hasRevenueTarget() ? Pace.attainment(statement.revenue(), target.revenue()) : null;
    }
}
