package com.salespact.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.base.RuleViolation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetSeasonalityTest {

    private static List<BigDecimal> ones() {
        return new ArrayList<>(Collections.nCopies(12, BigDecimal.ONE));
    }

    @Test
    void weightsAreNeverNegativeAndNotAllZero() {
        List<BigDecimal> negative = ones();
        negative.set(2, new BigDecimal("-0.5"));
        assertThatThrownBy(() -> new Seasonality(negative)).isInstanceOf(RuleViolation.class)
                .hasMessage("A weight cannot be below zero")
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("weight3"));

        assertThatThrownBy(() -> new Seasonality(Collections.nCopies(12, BigDecimal.ZERO)))
                .isInstanceOf(RuleViolation.class).hasMessage("At least one month needs a weight above zero")
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("weights"));

        assertThatThrownBy(() -> new Seasonality(ones().subList(0, 11)))
                .isInstanceOf(RuleViolation.class).hasMessage("Give twelve monthly weights");

        List<BigDecimal> missing = ones();
        missing.set(11, null);
        assertThatThrownBy(() -> new Seasonality(missing)).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("weight12"));
    }

    @Test
    void oneMonthAloneMayCarryTheYear() {
        List<BigDecimal> weights = new ArrayList<>(Collections.nCopies(12, BigDecimal.ZERO));
        weights.set(11, new BigDecimal("5"));
        Seasonality december = new Seasonality(weights);
        assertThat(december.share(12)).isEqualByComparingTo("1");
        assertThat(december.spread(new BigDecimal("1000")).get(11)).isEqualByComparingTo("1000");
    }

    @Test
    void storedTextRoundTripsAndEqualityIgnoresTrailingZeros() {
        Seasonality flat = Seasonality.flat();
        assertThat(flat.asText()).startsWith("1.0000,1.0000,");
        assertThat(Seasonality.parse(flat.asText())).isEqualTo(flat);
        assertThat(Seasonality.parse(null)).isEqualTo(flat);
        assertThat(new Seasonality(Collections.nCopies(12, new BigDecimal("1.00")))).isEqualTo(flat);
        assertThat(flat.isFlat()).isTrue();
        assertThat(flat.total()).isEqualByComparingTo("12");
    }
}
