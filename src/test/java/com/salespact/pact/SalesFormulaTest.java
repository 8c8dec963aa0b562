package com.salespact.pact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SalesFormulaTest {

    /** 10 wins of 20,000 from 25 closed, 40 opportunities from 100 meetings, 100 meetings from 400 calls. */
    private static final FormulaHistory ENOUGH = new FormulaHistory(10, new BigDecimal("200000"), 15, 40, 100, 400);
    private static final FormulaHistory THIN = new FormulaHistory(2, new BigDecimal("30000"), 3, 6, 12, 30);
    private static final FormulaHistory TEAM = new FormulaHistory(50, new BigDecimal("1500000"), 50, 250, 500, 2500);

    @Test
    void targetDividedByDealSizeAndRatesGivesTheWeeklyActivity() {
        SalesFormula formula = SalesFormula.of(new BigDecimal("460000"), ENOUGH, TEAM, FormulaOverrides.NONE);

        SalesFormula.Result result = formula.result().orElseThrow();
        // 460,000 / 20,000 = 23 wins; / 40 % = 57.5 opportunities; / 46 weeks = 1.25 a week;
        // / 40 % = 3.125 meetings; / 25 % = 12.5 calls.
        assertThat(result.wins()).isEqualByComparingTo("23.0");
        assertThat(result.opportunities()).isEqualByComparingTo("57.5");
        assertThat(result.opportunitiesPerWeek()).isEqualByComparingTo("1.3");
        assertThat(result.meetingsPerWeek()).isEqualByComparingTo("3.1");
        assertThat(result.callsPerWeek()).isEqualByComparingTo("12.5");
        assertThat(result.asMasLines()).containsExactly(
                new MasLine(MasMetric.CALLS, new BigDecimal("13"), Per.WEEK),
                new MasLine(MasMetric.MEETINGS, new BigDecimal("4"), Per.WEEK),
                new MasLine(MasMetric.NEW_OPPORTUNITIES, new BigDecimal("2"), Per.WEEK));
        assertThat(formula.usesTeamHistory()).isFalse();
    }

    @Test
    void thinHistoryFallsBackToTheTeamAndSaysSo() {
        SalesFormula formula = SalesFormula.of(new BigDecimal("460000"), THIN, TEAM, FormulaOverrides.NONE);

        assertThat(formula.usesTeamHistory()).isTrue();
        assertThat(formula.averageDealSize()).isEqualTo(
                new SalesFormula.FormulaInput(new BigDecimal("30000.00"), SalesFormula.Source.TEAM));
        assertThat(formula.winRatePercent().value()).isEqualByComparingTo("50.0");
        assertThat(formula.callToMeetingPercent().source()).isEqualTo(SalesFormula.Source.TEAM);
        assertThat(formula.result()).isPresent();
    }

    @Test
    void overridesWinOverHistory() {
        SalesFormula formula = SalesFormula.of(new BigDecimal("460000"), ENOUGH, TEAM,
                new FormulaOverrides(new BigDecimal("46000"), new BigDecimal("50"), null, null, 20));

        assertThat(formula.averageDealSize().source()).isEqualTo(SalesFormula.Source.OVERRIDE);
        // 10 wins / 50 % = 20 opportunities over 20 weeks = 1 a week.
        assertThat(formula.result().orElseThrow().opportunitiesPerWeek()).isEqualByComparingTo("1.0");
    }

    @Test
    void noHistoryAnywhereMeansNoResult() {
        SalesFormula formula = SalesFormula.of(new BigDecimal("460000"), FormulaHistory.EMPTY, FormulaHistory.EMPTY,
                FormulaOverrides.NONE);

        assertThat(formula.averageDealSize().source()).isEqualTo(SalesFormula.Source.MISSING);
        assertThat(formula.result()).isEmpty();
    }

    @Test
    void overridesAreChecked() {
        assertThat(new FormulaOverrides(BigDecimal.ZERO, new BigDecimal("120"), null, null, 60).problems())
                .extracting(StepProblem::field).containsExactly("averageDealSize", "winRatePercent", "sellingWeeks");
    }
}
