package com.salespact.goals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Pipeline coverage, the one way: open pipeline closing in the period ÷ what is left to win of its target (never
 * below zero). With nothing left to win there is no ratio.
 *
 * @param open      open pipeline expected to close by the period's end
 * @param remaining target minus revenue won, at least zero
 */
public record PipelineCoverage(BigDecimal open, BigDecimal remaining) {

    public static PipelineCoverage of(BigDecimal open, BigDecimal target, BigDecimal won) {
        return new PipelineCoverage(open, target.subtract(won).max(BigDecimal.ZERO));
    }

    /** open ÷ remaining to one decimal (2.4 = 2.4 times what is left); empty when nothing is left to win. */
    public Optional<BigDecimal> ratio() {
        return remaining.signum() == 0 ? Optional.empty() : Optional.of(open.divide(remaining, 1, RoundingMode.HALF_UP));
    }
}
