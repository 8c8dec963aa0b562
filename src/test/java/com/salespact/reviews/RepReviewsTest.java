package com.salespact.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.base.Pace;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The manager's review list opens on who needs attention: at risk, then behind, then on track, ties by name. */
class RepReviewsTest {

    private static RepReviews line(long id, String name, Pace pace) {
        return new RepReviews(id, name, null, null, 0, pace, BigDecimal.ONE);
    }

    @Test
    void atRiskThenBehindThenOnTrackAndByNameWithinEach() {
        List<RepReviews> lines = List.of(line(1, "Ana", Pace.ON_TRACK), line(2, "Zoe", Pace.AT_RISK),
                line(3, "Ben", Pace.BEHIND), line(4, "Abe", Pace.AT_RISK), line(5, "Cal", Pace.ON_TRACK));
        assertThat(lines.stream().sorted(RepReviews.ATTENTION_FIRST).map(RepReviews::repName))
                .containsExactly("Abe", "Zoe", "Ben", "Ana", "Cal");
    }

    @Test
    void aRepWithoutFiguresCountsAsOnTrackWithoutAnAttainment() {
        RepReviews line = RepReviews.of(new RepReviewRow(7, "Nia", null, null, 2), null);
        assertThat(line.pace()).isEqualTo(Pace.ON_TRACK);
        assertThat(line.attainment()).isNull();
        assertThat(line.openActions()).isEqualTo(2);
    }
}
