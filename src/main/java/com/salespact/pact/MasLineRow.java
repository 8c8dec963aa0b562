package com.salespact.pact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** A MAS line copied into its own table, so scorecards can read a rep's signed minimums in SQL. */
@Embeddable
class MasLineRow {

    @Enumerated(EnumType.STRING)
    private MasMetric metric;
    private BigDecimal minimum;
    @Enumerated(EnumType.STRING)
    @Column(name = "per_period")
    private Per per;

    protected MasLineRow() {
    }

    MasLineRow(MasLine line) {
        this.metric = line.metric();
        this.minimum = line.minimum();
        this.per = line.per();
    }
}
