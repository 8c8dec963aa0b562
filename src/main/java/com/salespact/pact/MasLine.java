package com.salespact.pact;

import java.math.BigDecimal;

/** One minimum acceptable standard: e.g. at least 40 calls per week. */
public record MasLine(MasMetric metric, BigDecimal minimum, Per per) {
}
