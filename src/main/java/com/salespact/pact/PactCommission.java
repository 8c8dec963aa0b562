package com.salespact.pact;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The commission plan's terms as a pact version holds them: frozen into the version when it is proposed, so the rep
 * signs exactly these numbers and the statement pays by them while the version is in force. Fractions as the plan
 * stores them (0.03 = 3 %); the commission feature checks them again before paying.
 *
 * @param fiscalYear the fiscal year of the plan the terms were taken from
 */
public record PactCommission(int fiscalYear, BigDecimal revenueRate, BigDecimal gpRateAboveMin,
                             BigDecimal acceleratorThreshold, BigDecimal acceleratorMultiplier) {

    /** Stored as numeric(7,4), like the plan: the same scale makes equal terms equal records. */
    static final int SCALE = 4;

    public PactCommission {
        revenueRate = scaled(revenueRate);
        gpRateAboveMin = scaled(gpRateAboveMin);
        acceleratorThreshold = scaled(acceleratorThreshold);
        acceleratorMultiplier = scaled(acceleratorMultiplier);
    }

    /** The same rates, threshold and multiplier, whichever year they were taken from. */
    public boolean sameTermsAs(PactCommission other) {
        return other != null && revenueRate.equals(other.revenueRate) && gpRateAboveMin.equals(other.gpRateAboveMin)
                && acceleratorThreshold.equals(other.acceleratorThreshold)
                && acceleratorMultiplier.equals(other.acceleratorMultiplier);
    }

    private static BigDecimal scaled(BigDecimal value) {
        if (value == null) {
            throw new IllegalArgumentException("Every commission term is needed");
        }
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
