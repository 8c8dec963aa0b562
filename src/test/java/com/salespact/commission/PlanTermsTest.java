package com.salespact.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.base.RuleViolation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PlanTermsTest {

    private static PlanTerms terms(String revenueRate, String gpRate, String threshold, String multiplier) {
        return new PlanTerms(revenueRate == null ? null : new BigDecimal(revenueRate),
                gpRate == null ? null : new BigDecimal(gpRate), threshold == null ? null : new BigDecimal(threshold),
                multiplier == null ? null : new BigDecimal(multiplier));
    }

    private static void refused(String field, String message, String revenueRate, String gpRate, String threshold,
                                String multiplier) {
        assertThatThrownBy(() -> terms(revenueRate, gpRate, threshold, multiplier))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.field()).isEqualTo(field);
                    assertThat(violation.getMessage()).isEqualTo(message);
                });
    }

    @Test
    void validTermsAreKeptToFourDecimalsSoEqualPlansAreEqual() {
        PlanTerms terms = terms("0.03", "0.1", "1", "1.5");
        assertThat(terms.revenueRate()).isEqualTo(new BigDecimal("0.0300"));
        assertThat(terms).isEqualTo(terms("0.0300", "0.10", "1.0000", "1.50"));
        assertThat(terms.acceleratedRate()).isEqualByComparingTo("0.045");
        assertThat(terms("0", "0", "0.5", "1")).isNotNull(); // zero rates, threshold at half the target
    }

    @Test
    void ratesAreZeroToOneHundredPercent() {
        refused("revenueRate", "A rate cannot be negative", "-0.01", "0.1", "1", "1.5");
        refused("gpRateAboveMin", "A rate cannot be more than 100 %", "0.03", "1.01", "1", "1.5");
        refused("revenueRate", "Enter a value", null, "0.1", "1", "1.5");
        refused("revenueRate", "Use at most two decimals of a percent", "0.03255", "0.1", "1", "1.5");
    }

    @Test
    void thresholdIsAboveZeroAndMultiplierAtLeastOne() {
        refused("acceleratorThreshold", "The accelerator starts above 0 % of target", "0.03", "0.1", "0", "1.5");
        refused("acceleratorThreshold", "The accelerator cannot start past 1000 % of target",
                "0.03", "0.1", "10.5", "1.5");
        refused("acceleratorMultiplier", "The multiplier is at least 1 (an accelerator never pays less)",
                "0.03", "0.1", "1", "0.99");
        refused("acceleratorMultiplier", "The multiplier cannot be more than 10", "0.03", "0.1", "1", "11");
        refused("acceleratorMultiplier", "Enter a value", "0.03", "0.1", "1", null);
    }

    @Test
    void aPlanChangesOnlyWhenATermDiffers() {
        CommissionPlan plan = new CommissionPlan(1, 2026, terms("0.03", "0.1", "1", "1.5"));
        assertThat(plan.change(terms("0.030", "0.10", "1.0", "1.50"))).isFalse();
        assertThat(plan.change(terms("0.035", "0.10", "1.0", "1.50"))).isTrue();
        assertThat(plan.terms().revenueRate()).isEqualByComparingTo("0.035");
    }

    @Test
    void aQuestionNeedsTextAndIsAnsweredOnce() {
        assertThatThrownBy(() -> new CommissionQuery(1, 2, "  ", java.time.Instant.EPOCH))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("question"));
        CommissionQuery query = new CommissionQuery(1, 2, " Why no accelerator? ", java.time.Instant.EPOCH);
        assertThat(query.getQuestion()).isEqualTo("Why no accelerator?");
        query.answer("Target was raised", 3, java.time.Instant.EPOCH);
        assertThat(query.isAnswered()).isTrue();
        assertThatThrownBy(() -> query.answer("Again", 3, java.time.Instant.EPOCH))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.getMessage()).isEqualTo("This question was answered already"));
    }
}
