package com.salespact.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.base.Pace;
import com.salespact.pact.ConsequenceLadder.Shortfall;
import com.salespact.pact.LadderEvaluation;
import com.salespact.pact.LadderFacts;
import java.time.LocalDate;
import java.util.Locale;
import com.salespact.base.Formats;
import java.util.List;
import com.salespact.pact.ConsequencesStep;
import com.salespact.pact.FormulaHistory;
import com.salespact.pact.FormulaOverrides;
import com.salespact.pact.LadderTrigger;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CatchUpPlannerTest {

    /** The company's formats in the demo (en-GB, euros). */
    private static final Formats EN_GB = Formats.of(Locale.UK, "EUR");
    /** 20,000 a deal, 40 % win rate, 40 opportunities per 100 meetings, 25 meetings per 100 calls. */
    private static final FormulaHistory OWN = new FormulaHistory(10, new BigDecimal("200000"), 15, 40, 100, 400);

    @Test
    void theGapOverTheWeeksLeftGivesTheWeeklyActivity() {
        CatchUpPlanner.CatchUpDraft draft = CatchUpPlanner.draft(new BigDecimal("250000"), new BigDecimal("90000"),
                29, CatchUpPlannerTest::formula, FormulaOverrides.NONE, LadderEvaluation.evaluate(
                        ConsequencesStep.defaults().ladder(), twoMissedWeeks(), LocalDate.of(2026, 11, 23)));

        // 160,000 left over 6 weeks (29 working days, rounded up): 8 wins, 20 opportunities, 3.3 a week;
        // 8.3 meetings and 33.3 calls a week.
        assertThat(draft.gap()).isEqualByComparingTo("160000");
        assertThat(draft.weeksLeft()).isEqualTo(6);
        SalesFormulaResultAssert.per(draft, "3.3", "8.3", "33.3");
        assertThat(draft.rung().orElseThrow().trigger()).isEqualTo(LadderTrigger.TWO_MISSED_WEEKS);
        assertThat(draft.rungPosition()).isEqualTo(2);
        assertThat(draft.summary(EN_GB)).isEqualTo("Close a gap of €160,000 in 6 weeks: 3.3 new opportunities, 8.3 meetings"
                + " and 33.3 calls a week. Ladder rung 2 of 4 reached: Written catch-up plan, reviewed every week.");
    }

    @Test
    void aClosedGapNeedsNoActivityAndTheLastWeekCountsAsOne() {
        CatchUpPlanner.CatchUpDraft draft = CatchUpPlanner.draft(new BigDecimal("100"), new BigDecimal("150"), 0,
                CatchUpPlannerTest::formula, FormulaOverrides.NONE, null);

        assertThat(draft.gap()).isEqualByComparingTo("0");
        assertThat(draft.weeksLeft()).isEqualTo(1);
        assertThat(draft.perWeek()).isEmpty();
        assertThat(draft.rung()).isEmpty();
    }

    private static LadderFacts twoMissedWeeks() {
        return new LadderFacts(List.of(
                new LadderFacts.Week(LocalDate.of(2026, 11, 23), 48, List.of(new LadderFacts.Miss("calls", "28", "40"))),
                new LadderFacts.Week(LocalDate.of(2026, 11, 16), 47, List.of(new LadderFacts.Miss("calls", "31", "40"))),
                new LadderFacts.Week(LocalDate.of(2026, 11, 9), 46, List.of())), null, null);
    }

    private static com.salespact.pact.SalesFormula formula(BigDecimal amount, FormulaOverrides overrides) {
        return com.salespact.pact.SalesFormula.of(amount, OWN, FormulaHistory.EMPTY, overrides);
    }

    @Test
    void aPlanIsNeededWhenBehindOrAfterAMissedWeek() {
        assertThat(CatchUpPlanner.needed(Pace.ON_TRACK, new Shortfall(0, false, false))).isFalse();
        assertThat(CatchUpPlanner.needed(Pace.BEHIND, new Shortfall(0, false, false))).isTrue();
        assertThat(CatchUpPlanner.needed(Pace.ON_TRACK, new Shortfall(1, false, false))).isTrue();
    }

    /** Compares the weekly figures of a draft. */
    private static final class SalesFormulaResultAssert {
        static void per(CatchUpPlanner.CatchUpDraft draft, String opportunities, String meetings, String calls) {
            var result = draft.perWeek().orElseThrow();
            assertThat(result.opportunitiesPerWeek()).isEqualByComparingTo(opportunities);
            assertThat(result.meetingsPerWeek()).isEqualByComparingTo(meetings);
            assertThat(result.callsPerWeek()).isEqualByComparingTo(calls);
        }
    }
}
