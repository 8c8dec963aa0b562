package com.salespact.commission;

import com.salespact.pact.SignedTerms;
import com.salespact.pact.TargetsStep;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a statement pays by: the pact in force governs. With a pact in force for the period, the commission terms
 * signed with it pay (the plan as it stands only when none were signed) and its targets set the accelerator threshold
 * and the GP minimum. Without one, the plan and the goals feature's targets as they stand pay, as before pacts.
 *
 * @param pact null when no pact is in force for the period
 */
public record StatementBasis(PlanTerms terms, PeriodTarget target, StatementPact pact) {

    public static StatementBasis withoutPact(PlanTerms plan, PeriodTarget goalsTarget) {
        return new StatementBasis(plan, goalsTarget, null);
    }

    /**
     * @param plan           the plan as it stands for the statement's fiscal year, or null
     * @param goalsPeriod    the goals targets of the statement's period (annual target × the period's seasonality share)
     * @param goalsCoverage  the goals targets of the stretch the pact's targets are for (its fiscal year)
     * @param monthShare     the period's share of that stretch by months, for a rep with no goals target to weigh by
     */
    public static StatementBasis ofPact(SignedTerms pact, PlanTerms plan, PeriodTarget goalsPeriod,
                                        PeriodTarget goalsCoverage, BigDecimal monthShare) {
        PlanTerms signed = pact.commission() == null ? null : PactPlans.terms(pact.commission());
        PlanTerms terms = signed != null ? signed : plan;
        PlanTerms changed = signed != null && plan != null && !plan.equals(signed) ? plan : null;
        TargetsStep targets = pact.document().targets();
        PeriodTarget target = new PeriodTarget(
                spread(targets.revenueTarget(), goalsPeriod.revenue(), goalsCoverage.revenue(), monthShare,
                        goalsPeriod.revenue()),
                spread(targets.grossProfitTarget(), goalsPeriod.minGrossProfit(), goalsCoverage.minGrossProfit(),
                        share(goalsPeriod.revenue(), goalsCoverage.revenue(), monthShare),
                        goalsPeriod.minGrossProfit()));
        return new StatementBasis(terms, target, new StatementPact(pact.versionId(), pact.number(), pact.signedAt(),
                signed != null, changed, targets.revenueTarget(), targets.grossProfitTarget()));
    }

    /**
     * The pact's amount spread over the period the way the goals feature spreads the rep's annual target: by the
     * period's share of the year's goals target (its seasonality weights), by months when there is no goals target.
     * When the pact's amount is the goals target (countersigning writes it there), this is exactly the goals figure.
     */
    private static BigDecimal spread(BigDecimal pactAmount, BigDecimal period, BigDecimal coverage,
                                     BigDecimal fallbackShare, BigDecimal withoutPactAmount) {
        if (pactAmount == null) {
            return withoutPactAmount;
        }
        if (coverage.signum() > 0) {
            return pactAmount.multiply(period).divide(coverage, 2, RoundingMode.HALF_UP);
        }
        return pactAmount.multiply(fallbackShare).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal share(BigDecimal period, BigDecimal coverage, BigDecimal monthShare) {
        return coverage.signum() > 0 ? period.divide(coverage, 10, RoundingMode.HALF_UP) : monthShare;
    }
}
