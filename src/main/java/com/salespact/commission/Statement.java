package com.salespact.commission;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;

/**
 * A rep's commission for one period: every won deal in won-date order with the rules that paid it. Totals are
 * sums of the lines (each part rounded to the cent), so the lines always add up to the total shown.
 *
 * @param terms           the plan, or null when the rep has none for the fiscal year
 * @param thresholdAmount accelerator threshold × revenue target, null without a plan or a revenue target
 */
public record Statement(PlanTerms terms, PeriodTarget target, BigDecimal thresholdAmount, List<StatementLine> lines) {

    public Statement {
        lines = List.copyOf(lines);
    }

    public boolean hasPlan() {
        return terms != null;
    }

    public BigDecimal revenue() {
        return lines.stream().map(line -> line.deal().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal grossProfit() {
        return lines.stream().map(line -> line.deal().grossProfit()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal total() {
        return lines.stream().map(StatementLine::commission).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** Commission at the plain revenue rate (below the threshold, or without a target). */
    public BigDecimal revenueCommission() {
        return commission(rule -> rule.isRevenue() && rule != LinePart.Rule.ACCELERATED);
    }

    public BigDecimal acceleratedCommission() {
        return commission(rule -> rule == LinePart.Rule.ACCELERATED);
    }

    public BigDecimal grossProfitCommission() {
        return commission(LinePart.Rule::isGrossProfit);
    }

    /** Revenue that earned the accelerated rate. */
    public BigDecimal acceleratedRevenue() {
        return parts(rule -> rule == LinePart.Rule.ACCELERATED).map(LinePart::base)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Gross profit above the period's minimum, the base of the GP commission. */
    public BigDecimal grossProfitAboveMinimum() {
        return grossProfit().subtract(target.minGrossProfit()).max(BigDecimal.ZERO);
    }

    private BigDecimal commission(Predicate<LinePart.Rule> rules) {
        return parts(rules).map(LinePart::commission).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private java.util.stream.Stream<LinePart> parts(Predicate<LinePart.Rule> rules) {
        return lines.stream().flatMap(line -> line.parts().stream()).filter(part -> rules.test(part.rule()));
    }
}
