package com.salespact.commission;

import java.math.BigDecimal;
import java.util.List;

/**
 * One rule applied to one won deal: what it applied to ({@code base}: revenue or gross profit), at which rate, and
 * the commission it paid, rounded half-even to the cent. A deal whose revenue crosses the accelerator threshold has
 * two revenue parts; most deals also have a gross-profit part.
 *
 * @param facts the plan and target numbers the rule text quotes
 */
public record LinePart(Rule rule, BigDecimal base, BigDecimal rate, BigDecimal commission, Facts facts) {

    public enum Rule {
        /** Revenue while cumulative revenue is at or below the accelerator threshold: the revenue rate. */
        REVENUE,
        /** The part of a crossing deal up to the threshold: the revenue rate. */
        REVENUE_TO_THRESHOLD,
        /** Revenue past the threshold: revenue rate × multiplier. */
        ACCELERATED,
        /** No revenue target for the period, so no threshold and no accelerator: the revenue rate. */
        REVENUE_NO_TARGET,
        /** The part of the cumulative gross profit above the period's minimum that this deal carried. */
        GP_ABOVE_MIN,
        /** Cumulative gross profit still at or below the minimum after this deal: nothing. */
        GP_BELOW_MIN,
        /** A deal with negative gross profit took cumulative GP back towards the minimum: negative commission. */
        GP_GIVEN_BACK,
        /** The rep has no plan for the fiscal year: nothing. */
        NO_PLAN;

        public boolean isRevenue() {
            return this == REVENUE || this == REVENUE_TO_THRESHOLD || this == ACCELERATED || this == REVENUE_NO_TARGET;
        }

        public boolean isGrossProfit() {
            return this == GP_ABOVE_MIN || this == GP_BELOW_MIN || this == GP_GIVEN_BACK;
        }
    }

    /**
     * @param baseRate    the plan's revenue or GP rate
     * @param multiplier  the accelerator multiplier (accelerated parts)
     * @param threshold   the accelerator threshold as a fraction of the target (1.0 = 100 %)
     * @param target      the period's revenue target
     * @param minimum     the period's minimum gross profit
     * @param reached     cumulative gross profit after this deal (GP parts)
     */
    public record Facts(BigDecimal baseRate, BigDecimal multiplier, BigDecimal threshold, BigDecimal target,
                        BigDecimal minimum, BigDecimal reached) {
    }

    /** The rule in words with its numbers, e.g. "3.0 % of €12,000 revenue". */
    public RuleText text(CommissionFormat format) {
        String key = "commission.rule." + rule.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        List<String> args = switch (rule) {
            case REVENUE, REVENUE_NO_TARGET -> List.of(format.rate(rate), format.money(base));
            case REVENUE_TO_THRESHOLD -> List.of(format.rate(rate), format.money(base),
                    format.threshold(facts.threshold()), format.money(facts.target()));
            case ACCELERATED -> List.of(format.rate(rate), format.money(base), format.multiplier(facts.multiplier()),
                    format.threshold(facts.threshold()), format.money(facts.target()), format.rate(facts.baseRate()));
            case GP_ABOVE_MIN, GP_GIVEN_BACK -> List.of(format.rate(rate), format.money(base),
                    format.money(facts.minimum()));
            case GP_BELOW_MIN -> List.of(format.money(facts.reached()), format.money(facts.minimum()));
            case NO_PLAN -> List.of();
        };
        return new RuleText(key, args);
    }
}
