package com.salespact.commission;

import com.salespact.base.merge.DraftFields;
import java.math.BigDecimal;

/**
 * A plan's terms as an editor holds them, possibly incomplete (fractions, as {@link PlanTerms}): what two concurrent
 * saves of one plan are merged on. {@link PlanTerms} checks them on save.
 */
public class PlanTermsDraft {

    /** Field names match {@link PlanTerms}' rule violations. */
    public static final DraftFields<PlanTermsDraft> FIELDS = DraftFields.of(PlanTermsDraft::new)
            .field("revenueRate", PlanTermsDraft::getRevenueRate, PlanTermsDraft::setRevenueRate)
            .field("gpRateAboveMin", PlanTermsDraft::getGpRateAboveMin, PlanTermsDraft::setGpRateAboveMin)
            .field("acceleratorThreshold", PlanTermsDraft::getAcceleratorThreshold,
                    PlanTermsDraft::setAcceleratorThreshold)
            .field("acceleratorMultiplier", PlanTermsDraft::getAcceleratorMultiplier,
                    PlanTermsDraft::setAcceleratorMultiplier);

    private BigDecimal revenueRate;
    private BigDecimal gpRateAboveMin;
    private BigDecimal acceleratorThreshold;
    private BigDecimal acceleratorMultiplier;

    public static PlanTermsDraft of(PlanTerms terms) {
        PlanTermsDraft draft = new PlanTermsDraft();
        draft.revenueRate = terms.revenueRate();
        draft.gpRateAboveMin = terms.gpRateAboveMin();
        draft.acceleratorThreshold = terms.acceleratorThreshold();
        draft.acceleratorMultiplier = terms.acceleratorMultiplier();
        return draft;
    }

    /** @throws com.salespact.base.RuleViolation naming the field of a broken rule */
    public PlanTerms terms() {
        return new PlanTerms(revenueRate, gpRateAboveMin, acceleratorThreshold, acceleratorMultiplier);
    }

    public BigDecimal getRevenueRate() {
        return revenueRate;
    }

    public void setRevenueRate(BigDecimal revenueRate) {
        this.revenueRate = revenueRate;
    }

    public BigDecimal getGpRateAboveMin() {
        return gpRateAboveMin;
    }

    public void setGpRateAboveMin(BigDecimal gpRateAboveMin) {
        this.gpRateAboveMin = gpRateAboveMin;
    }

    public BigDecimal getAcceleratorThreshold() {
        return acceleratorThreshold;
    }

    public void setAcceleratorThreshold(BigDecimal acceleratorThreshold) {
        this.acceleratorThreshold = acceleratorThreshold;
    }

    public BigDecimal getAcceleratorMultiplier() {
        return acceleratorMultiplier;
    }

    public void setAcceleratorMultiplier(BigDecimal acceleratorMultiplier) {
        this.acceleratorMultiplier = acceleratorMultiplier;
    }
}
