package com.salespact.activities.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.base.Pace;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A standard the pact leaves out (minimum 0) is shown as a plain figure, never as "on track". */
class ScoreLineTest {

    @Test
    void aStandardShowsDoneOverMinimumInItsPace() {
        ScoreLine calls = new ScoreLine(ScoreLine.Metric.CALLS, 12, 40, new BigDecimal("24"));

        assertThat(calls.hasStandard()).isTrue();
        assertThat(calls.figure()).isEqualTo("12 / 40");
        assertThat(calls.shownPace()).isEqualTo(calls.pace()).isEqualTo(Pace.AT_RISK);
    }

    @Test
    void noStandardMeansNoPaceToShow() {
        ScoreLine none = new ScoreLine(ScoreLine.Metric.NEW_OPPORTUNITIES, 0, 0, BigDecimal.ZERO);

        assertThat(none.hasStandard()).isFalse();
        assertThat(none.figure()).isEqualTo("0 / —");
        assertThat(none.shownPace()).isNull();
    }
}
