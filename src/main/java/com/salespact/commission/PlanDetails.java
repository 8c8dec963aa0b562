package com.salespact.commission;

/** A stored plan as the editor and the statement show it; {@code version} guards concurrent edits. */
public record PlanDetails(long id, long version, long repId, int fiscalYear, PlanTerms terms) {

    static PlanDetails of(CommissionPlan plan) {
        return new PlanDetails(plan.getId(), plan.getVersion(), plan.getRepId(), plan.getFiscalYear(), plan.terms());
    }
}
