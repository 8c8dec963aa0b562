package com.salespact.pact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** A manager commitment copied into its own table, so it can be measured in SQL like the rep's MAS. */
@Embeddable
class CommitmentRow {

    private static final int MAX_DESCRIPTION = 500;

    @Enumerated(EnumType.STRING)
    private CommitmentKind kind;
    private String description;
    private BigDecimal amount;
    @Enumerated(EnumType.STRING)
    @Column(name = "per_period")
    private Per per;

    protected CommitmentRow() {
    }

    CommitmentRow(ManagerCommitment commitment) {
        this.kind = commitment.kind();
        String text = commitment.description().strip();
        this.description = text.length() > MAX_DESCRIPTION ? text.substring(0, MAX_DESCRIPTION) : text;
        this.amount = commitment.amount();
        this.per = commitment.per();
    }
}
