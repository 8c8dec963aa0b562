package com.salespact.commission.ui;

import com.salespact.commission.PlanTerms;
import com.salespact.commission.PlanTermsDraft;
import java.math.BigDecimal;

/** What the plan editor edits, in the units people type: percentages and a multiplier. */
class PlanDraft {

    private BigDecimal revenuePercent;
    private BigDecimal gpPercent;
    private BigDecimal thresholdPercent = new BigDecimal("100");
    private BigDecimal multiplier = new BigDecimal("1.5");

    static PlanDraft of(PlanTerms terms) {
        PlanDraft draft = new PlanDraft();
        if (terms != null) {
            draft.revenuePercent = percent(terms.revenueRate());
            draft.gpPercent = percent(terms.gpRateAboveMin());
            draft.thresholdPercent = percent(terms.acceleratorThreshold());
            draft.multiplier = terms.acceleratorMultiplier().stripTrailingZeros();
        }
        return draft;
    }

    /** The terms as a save sends them (fractions), for the merge with a save made meanwhile. */
    PlanTermsDraft terms() {
        PlanTermsDraft terms = new PlanTermsDraft();
        terms.setRevenueRate(fraction(revenuePercent));
        terms.setGpRateAboveMin(fraction(gpPercent));
        terms.setAcceleratorThreshold(fraction(thresholdPercent));
        terms.setAcceleratorMultiplier(multiplier);
        return terms;
    }

    static BigDecimal percent(BigDecimal fraction) {
        BigDecimal value = fraction.movePointRight(2).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    static BigDecimal fraction(BigDecimal percent) {
        return percent == null ? null : percent.movePointLeft(2);
    }

    BigDecimal getRevenuePercent() {
        return revenuePercent;
    }

    void setRevenuePercent(BigDecimal revenuePercent) {
        this.revenuePercent = revenuePercent;
    }

    BigDecimal getGpPercent() {
        return gpPercent;
    }

    void setGpPercent(BigDecimal gpPercent) {
        this.gpPercent = gpPercent;
    }

    BigDecimal getThresholdPercent() {
        return thresholdPercent;
    }

    void setThresholdPercent(BigDecimal thresholdPercent) {
        this.thresholdPercent = thresholdPercent;
    }

    BigDecimal getMultiplier() {
        return multiplier;
    }

    void setMultiplier(BigDecimal multiplier) {
        this.multiplier = multiplier;
    }
}
