package com.salespact.commission;

import java.math.BigDecimal;
import java.util.List;

/** One won deal on a statement and the rules that paid it; its commission is the sum of its parts. */
public record StatementLine(WonDeal deal, List<LinePart> parts) {

    public StatementLine {
        parts = List.copyOf(parts);
    }

    public BigDecimal commission() {
        return parts.stream().map(LinePart::commission).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
