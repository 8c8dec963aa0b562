package com.salespact.commission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The commission maths, on its own so it can be checked by hand. Deals are taken in won-date order (then by id):
 * <ul>
 *   <li><b>Revenue</b>: revenue rate × the deal's amount.</li>
 *   <li><b>Accelerator</b>: revenue past the threshold (accelerator threshold × the period's revenue target) earns
 *       revenue rate × multiplier. The deal that crosses it is split: the part up to the threshold at the plain
 *       rate, the rest accelerated. Without a revenue target there is no threshold and no accelerator.</li>
 *   <li><b>Gross profit</b>: GP rate × the part of the period's cumulative GP above its minimum GP target, given to
 *       the deals that carry it over, in won-date order. A deal with negative GP that pulls the cumulative GP back
 *       gives back what it removes, so the GP parts always add up to rate × (total GP − minimum, at least 0).
 *       With a minimum of zero, all gross profit counts.</li>
 * </ul>
 * Every part is rounded half-even to the cent; line and statement totals are sums of the parts.
 */
public final class StatementCalculator {

    private StatementCalculator() {
    }

    public static Statement calculate(PlanTerms terms, PeriodTarget target, List<WonDeal> deals) {
        List<WonDeal> ordered = deals.stream()
                .sorted(Comparator.comparing(WonDeal::wonOn).thenComparingLong(WonDeal::dealId)).toList();
        if (terms == null) {
            LinePart none = new LinePart(LinePart.Rule.NO_PLAN, BigDecimal.ZERO, BigDecimal.ZERO, cents(BigDecimal.ZERO),
                    new LinePart.Facts(null, null, null, target.revenue(), target.minGrossProfit(), null));
            return new Statement(null, target, null, ordered.stream().map(deal -> new StatementLine(deal,
                    List.of(none))).toList());
        }
        BigDecimal threshold = target.hasRevenueTarget()
                ? cents(terms.acceleratorThreshold().multiply(target.revenue())) : null;
        BigDecimal revenueSoFar = BigDecimal.ZERO;
        BigDecimal gpSoFar = BigDecimal.ZERO;
        List<StatementLine> lines = new ArrayList<>(ordered.size());
        for (WonDeal deal : ordered) {
            List<LinePart> parts = new ArrayList<>(3);
            revenueParts(terms, target, threshold, revenueSoFar, deal.amount(), parts);
            BigDecimal gpAfter = gpSoFar.add(deal.grossProfit());
            grossProfitPart(terms, target, gpSoFar, gpAfter, deal.grossProfit(), parts);
            revenueSoFar = revenueSoFar.add(deal.amount());
            gpSoFar = gpAfter;
            lines.add(new StatementLine(deal, parts));
        }
        return new Statement(terms, target, threshold, lines);
    }

    private static void revenueParts(PlanTerms terms, PeriodTarget target, BigDecimal threshold, BigDecimal before,
                                     BigDecimal amount, List<LinePart> parts) {
        LinePart.Facts facts = new LinePart.Facts(terms.revenueRate(), terms.acceleratorMultiplier(),
                terms.acceleratorThreshold(), target.revenue(), target.minGrossProfit(), null);
        if (threshold == null) {
            parts.add(part(LinePart.Rule.REVENUE_NO_TARGET, amount, terms.revenueRate(), facts));
            return;
        }
        BigDecimal after = before.add(amount);
        if (after.compareTo(threshold) <= 0) {
            parts.add(part(LinePart.Rule.REVENUE, amount, terms.revenueRate(), facts));
        } else if (before.compareTo(threshold) >= 0) {
            parts.add(part(LinePart.Rule.ACCELERATED, amount, terms.acceleratedRate(), facts));
        } else {
            parts.add(part(LinePart.Rule.REVENUE_TO_THRESHOLD, threshold.subtract(before), terms.revenueRate(), facts));
            parts.add(part(LinePart.Rule.ACCELERATED, after.subtract(threshold), terms.acceleratedRate(), facts));
        }
    }

    private static void grossProfitPart(PlanTerms terms, PeriodTarget target, BigDecimal before, BigDecimal after,
                                        BigDecimal grossProfit, List<LinePart> parts) {
        if (grossProfit.signum() == 0) {
            return;
        }
        BigDecimal minimum = target.minGrossProfit();
        BigDecimal carried = above(after, minimum).subtract(above(before, minimum));
        LinePart.Facts facts = new LinePart.Facts(terms.gpRateAboveMin(), null, null, target.revenue(), minimum, after);
        LinePart.Rule rule = carried.signum() > 0 ? LinePart.Rule.GP_ABOVE_MIN
                : carried.signum() < 0 ? LinePart.Rule.GP_GIVEN_BACK : LinePart.Rule.GP_BELOW_MIN;
        parts.add(part(rule, carried, terms.gpRateAboveMin(), facts));
    }

    private static BigDecimal above(BigDecimal cumulative, BigDecimal minimum) {
        return cumulative.subtract(minimum).max(BigDecimal.ZERO);
    }

    private static LinePart part(LinePart.Rule rule, BigDecimal base, BigDecimal rate, LinePart.Facts facts) {
        return new LinePart(rule, base, rate, cents(base.multiply(rate)), facts);
    }

    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }
}
