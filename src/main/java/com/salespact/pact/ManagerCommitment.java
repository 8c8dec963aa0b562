package com.salespact.pact;

import java.math.BigDecimal;

/**
 * The manager's side of the pact, e.g. one 1:1 per week, 2 coaching hours per month, deal support within 24 hours
 * (amount = hours, no period).
 */
public record ManagerCommitment(CommitmentKind kind, String description, BigDecimal amount, Per per) {
}
