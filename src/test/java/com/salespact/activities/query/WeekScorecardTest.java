package com.salespact.activities.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.base.DateRange;
import com.salespact.base.Pace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A team's week opens on what needs attention: the worst pace of any standard, then the lowest attainment. */
class WeekScorecardTest {

    private static final DateRange WEEK = new DateRange(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22));

    /** Calls done against 40 a week with 24 due by now, meetings 8 of 8 due: only the calls decide. */
    private static WeekScorecard rep(String name, int calls) {
        return new WeekScorecard(name.length(), name, WEEK, List.of(
                new ScoreLine(ScoreLine.Metric.CALLS, calls, 40, new BigDecimal("24")),
                new ScoreLine(ScoreLine.Metric.MEETINGS, 8, 8, new BigDecimal("4.8"))), true);
    }

    @Test
    void theWorstStandardGivesTheRepsPaceByTheOneAttainmentRule() {
        assertThat(rep("Ann", 24).pace()).isEqualTo(Pace.ON_TRACK);
        assertThat(rep("Ann", 21).pace()).as("21 of 24 due: 87.5 %").isEqualTo(Pace.BEHIND);
        assertThat(rep("Ann", 20).pace()).as("20 of 24 due: 83.3 %").isEqualTo(Pace.AT_RISK);
        assertThat(rep("Ann", 12).lowestAttainment()).isEqualByComparingTo("0.5");
    }

    @Test
    void repsBehindComeFirstThenTheFurthestBehindThenByName() {
        WeekScorecard onTrack = rep("Aaron", 30);
        WeekScorecard behind = rep("Bea", 22);
        WeekScorecard atRisk = rep("Zoe", 18);
        WeekScorecard furthest = rep("Yann", 3);
        WeekScorecard alsoFurthest = rep("Xavi", 3);
        assertThat(Stream.of(onTrack, behind, atRisk, furthest, alsoFurthest).sorted(WeekScorecard.BEHIND_FIRST))
                .containsExactly(alsoFurthest, furthest, atRisk, behind, onTrack);
    }

    @Test
    void nothingDueYetCountsAsOnTrack() {
        WeekScorecard monday = new WeekScorecard(1, "Ann", WEEK,
                List.of(new ScoreLine(ScoreLine.Metric.CALLS, 0, 40, BigDecimal.ZERO)), false);
        assertThat(monday.pace()).isEqualTo(Pace.ON_TRACK);
        assertThat(monday.lowestAttainment()).isNull();
        assertThat(Stream.of(monday, rep("Zoe", 23)).sorted(WeekScorecard.BEHIND_FIRST).toList().getFirst().repName())
                .isEqualTo("Zoe");
    }
}
