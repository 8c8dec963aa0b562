package com.salespact.commission;

import com.salespact.base.RuleViolation;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a commission plan pays, as fractions: {@code revenueRate} 0.03 is 3 % of every won deal's amount,
 * {@code gpRateAboveMin} is paid on the period's gross profit above its minimum GP target, and revenue past
 * {@code acceleratorThreshold} × the period's revenue target (1.0 = 100 %) earns the revenue rate ×
 * {@code acceleratorMultiplier}. The rules hold for every value; a broken one names its field, and its message is
 * a translation key.
 */
public record PlanTerms(BigDecimal revenueRate, BigDecimal gpRateAboveMin, BigDecimal acceleratorThreshold,
                        BigDecimal acceleratorMultiplier) {

    /** Storage is numeric(7,4): four decimals of a fraction, i.e. two of a percentage. */
    static final int SCALE = 4;
    static final BigDecimal MAX_RATE = BigDecimal.ONE;
    static final BigDecimal MAX_THRESHOLD = BigDecimal.TEN;
    static final BigDecimal MAX_MULTIPLIER = BigDecimal.TEN;

    public PlanTerms {
        revenueRate = rate("revenueRate", revenueRate);
        gpRateAboveMin = rate("gpRateAboveMin", gpRateAboveMin);
        acceleratorThreshold = required("acceleratorThreshold", acceleratorThreshold);
        if (acceleratorThreshold.signum() <= 0) {
            throw RuleViolation.at("acceleratorThreshold", "commission.error.threshold-positive");
        }
        if (acceleratorThreshold.compareTo(MAX_THRESHOLD) > 0) {
            throw RuleViolation.at("acceleratorThreshold", "commission.error.threshold-too-high");
        }
        acceleratorMultiplier = required("acceleratorMultiplier", acceleratorMultiplier);
        if (acceleratorMultiplier.compareTo(BigDecimal.ONE) < 0) {
            throw RuleViolation.at("acceleratorMultiplier", "commission.error.multiplier-below-one");
        }
        if (acceleratorMultiplier.compareTo(MAX_MULTIPLIER) > 0) {
            throw RuleViolation.at("acceleratorMultiplier", "commission.error.multiplier-too-high");
        }
    }

    /** The accelerator's effective rate: revenue rate × multiplier. */
    public BigDecimal acceleratedRate() {
        return revenueRate.multiply(acceleratorMultiplier);
    }

    private static BigDecimal rate(String field, BigDecimal value) {
        BigDecimal rate = required(field, value);
        if (rate.signum() < 0) {
            throw RuleViolation.at(field, "commission.error.rate-negative");
        }
        if (rate.compareTo(MAX_RATE) > 0) {
            throw RuleViolation.at(field, "commission.error.rate-too-high");
        }
        return rate;
    }

    private static BigDecimal required(String field, BigDecimal value) {
        if (value == null) {
            throw RuleViolation.at(field, "commission.error.required");
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > SCALE) {
            throw RuleViolation.at(field, "commission.error.too-precise");
        }
        return value.setScale(SCALE, RoundingMode.UNNECESSARY);
    }
}
