package com.salespact.pact;

import java.math.BigDecimal;
import java.math.MathContext;

/** The period a standard or commitment counts over. */
public enum Per {
    WEEK(52), MONTH(12), QUARTER(4);

    private final int perYear;

    Per(int perYear) {
        this.perYear = perYear;
    }

    /** The same rate expressed per week, e.g. 4 a month → 0.92 a week. */
    public BigDecimal toWeekly(BigDecimal amount) {
        return amount.multiply(BigDecimal.valueOf(perYear)).divide(BigDecimal.valueOf(52), MathContext.DECIMAL64);
    }
}
