package com.salespact.commission;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The sales pact a statement follows: the version in force for the period, what it pays by and where the plan as it
 * stands has moved on from it.
 *
 * @param signedAt      the manager's countersignature (the version's date in "signed 4 Dec 2026")
 * @param termsSigned   a commission plan was signed with the version and pays; otherwise the plan as it stands pays
 * @param changedPlan   the plan as it stands when it differs from the signed terms: not yet part of the signed pact,
 *                      it pays only once a new version is signed; null when they agree
 * @param revenueTarget the pact's revenue target for the fiscal year it covers
 * @param minGrossProfit the pact's minimum gross profit for that year
 */
public record StatementPact(long versionId, int number, Instant signedAt, boolean termsSigned, PlanTerms changedPlan,
                            BigDecimal revenueTarget, BigDecimal minGrossProfit) {
}
