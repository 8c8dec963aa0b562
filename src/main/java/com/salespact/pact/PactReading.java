package com.salespact.pact;

import com.salespact.base.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How a pact version reads on the review page and the printout: amounts in the company's currency, and the sales
 * formula with the numbers it used (frozen when the version was proposed, current for a draft). A version proposed
 * before the numbers were recorded has them recomputed from the history up to its proposal day, said so by
 * {@code recomputedAsOf}. Without a formula the step reads as typed (overrides, or "from history").
 */
public record PactReading(String currency, SalesFormula formula, LocalDate recomputedAsOf) {

    /** No currency, no formula: for comparisons where both sides read alike. */
    public static final PactReading PLAIN = new PactReading(null, null, null);

    public PactReading(String currency, SalesFormula formula) {
        this(currency, formula, null);
    }

    /** "€900,000" in the company's currency, as the user being served reads amounts; without one, "900,000". */
    String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        if (currency == null || currency.isBlank()) {
            return PactFormat.money(amount);
        }
        return Formats.of(PactFormat.formats().locale(), currency).money(amount);
    }
}
