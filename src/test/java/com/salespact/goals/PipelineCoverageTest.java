package com.salespact.goals;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.base.Pace;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The two ratios every screen shows: coverage of what is left to win, and attainment of what was due. */
class PipelineCoverageTest {

    @Test
    void coverageIsOpenPipelineOverWhatIsLeftToWin() {
        PipelineCoverage coverage = PipelineCoverage.of(new BigDecimal("300000"), new BigDecimal("250000"),
                new BigDecimal("130000"));
        assertThat(coverage.remaining()).isEqualByComparingTo("120000");
        assertThat(coverage.ratio()).hasValueSatisfying(ratio -> assertThat(ratio).isEqualByComparingTo("2.5"));
    }

    @Test
    void aTargetAlreadyBeatenLeavesNothingToCover() {
        PipelineCoverage coverage = PipelineCoverage.of(new BigDecimal("50000"), new BigDecimal("100000"),
                new BigDecimal("140000"));
        assertThat(coverage.remaining()).isEqualByComparingTo("0");
        assertThat(coverage.ratio()).isEmpty();
    }

    @Test
    void attainmentIsActualOverDueAndNothingDueIsOnTrack() {
        assertThat(Pace.attainment(new BigDecimal("45"), new BigDecimal("50"))).isEqualByComparingTo("0.9");
        assertThat(Pace.of(new BigDecimal("45"), new BigDecimal("50"))).isEqualTo(Pace.BEHIND);
        assertThat(Pace.attainment(new BigDecimal("3"), BigDecimal.ZERO)).isNull();
        assertThat(Pace.of(new BigDecimal("3"), null)).isEqualTo(Pace.ON_TRACK);
    }
}
