package com.salespact.commission;

import com.salespact.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A rep's commission plan for one fiscal year. Its terms are always valid ({@link PlanTerms} enforces the rules:
 * rates 0–100 %, threshold above zero, multiplier at least 1), so a statement never meets a broken plan.
 */
@Entity
@Table(name = "commission_plan")
public class CommissionPlan extends AbstractEntity {

    @Column(name = "rep_id", nullable = false)
    private Long repId;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Column(name = "revenue_rate", nullable = false)
    private BigDecimal revenueRate;

    @Column(name = "gp_rate_above_min", nullable = false)
    private BigDecimal gpRateAboveMin;

    @Column(name = "accelerator_threshold", nullable = false)
    private BigDecimal acceleratorThreshold;

    @Column(name = "accelerator_multiplier", nullable = false)
    private BigDecimal acceleratorMultiplier;

    protected CommissionPlan() {
    }

    public CommissionPlan(long repId, int fiscalYear, PlanTerms terms) {
        this.repId = repId;
        this.fiscalYear = fiscalYear;
        change(terms);
    }

    /** @return true when a term actually changed */
    public boolean change(PlanTerms terms) {
        boolean changed = revenueRate == null || !terms.equals(terms());
        revenueRate = terms.revenueRate();
        gpRateAboveMin = terms.gpRateAboveMin();
        acceleratorThreshold = terms.acceleratorThreshold();
        acceleratorMultiplier = terms.acceleratorMultiplier();
        return changed;
    }

    /** The stored terms, checked again on the way out (a row written by hand cannot slip past the rules). */
    public PlanTerms terms() {
        return new PlanTerms(revenueRate, gpRateAboveMin, acceleratorThreshold, acceleratorMultiplier);
    }

    public Long getRepId() {
        return repId;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }
}
