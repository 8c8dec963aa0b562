package com.salespact.pact;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.pact.ConsequenceLadder.Shortfall;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsequenceLadderTest {

    private final ConsequenceLadder ladder = ConsequencesStep.defaults().ladder();

    @Test
    void onTrackReachesNoRung() {
        assertThat(ladder.rungFor(new Shortfall(0, false, false))).isEmpty();
    }

    @Test
    void theMostSeriousReachedRungApplies() {
        assertThat(ladder.rungFor(new Shortfall(1, false, false)).orElseThrow().trigger())
                .isEqualTo(LadderTrigger.MISSED_WEEK);
        assertThat(ladder.rungFor(new Shortfall(3, false, false)).orElseThrow().trigger())
                .isEqualTo(LadderTrigger.TWO_MISSED_WEEKS);
        assertThat(ladder.rungFor(new Shortfall(1, true, false)).orElseThrow().trigger())
                .isEqualTo(LadderTrigger.MISSED_MONTH);
        LadderRung top = ladder.rungFor(new Shortfall(0, false, true)).orElseThrow();
        assertThat(top.trigger()).isEqualTo(LadderTrigger.MISSED_QUARTER);
        assertThat(ladder.positionOf(top)).isEqualTo(4);
    }

    @Test
    void aLadderWithoutTheWeeklyRungsIgnoresMissedWeeks() {
        ConsequenceLadder monthly = new ConsequenceLadder(List.of(new LadderRung(LadderTrigger.MISSED_MONTH, "Plan")));

        assertThat(monthly.rungFor(new Shortfall(5, false, false))).isEmpty();
    }

    @Test
    void rungsMustEscalate() {
        ConsequencesStep backwards = new ConsequencesStep(List.of(new LadderRung(LadderTrigger.MISSED_MONTH, "Plan"),
                new LadderRung(LadderTrigger.MISSED_WEEK, "Talk")));

        assertThat(backwards.problems()).extracting(StepProblem::message)
                .containsExactly("Order the rungs from mildest to most serious, each trigger once");
    }
}
