package com.salespact.commission;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.commission.LinePart.Rule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The commission maths by hand: every expected figure below is worked out in the comment beside it. */
class StatementCalculatorTest {

    private static final CommissionFormat EUR = CommissionFormat.of("EUR");
    /** 3 % of revenue, 10 % of GP above the minimum, 1.5× past 100 % of target. */
    private static final PlanTerms PLAN = terms("0.03", "0.10", "1.0", "1.5");

    private static PlanTerms terms(String revenueRate, String gpRate, String threshold, String multiplier) {
        return new PlanTerms(new BigDecimal(revenueRate), new BigDecimal(gpRate), new BigDecimal(threshold),
                new BigDecimal(multiplier));
    }

    private static PeriodTarget target(String revenue, String minGp) {
        return new PeriodTarget(new BigDecimal(revenue), new BigDecimal(minGp));
    }

    private static WonDeal deal(long id, String wonOn, String amount, String grossProfit) {
        return new WonDeal(id, "Deal " + id, "Account " + id, LocalDate.parse(wonOn), new BigDecimal(amount),
                new BigDecimal(grossProfit));
    }

    private static List<String> texts(StatementLine line) {
        return line.parts().stream().map(part -> part.text(EUR).rendered()).toList();
    }

    private static List<Rule> rules(StatementLine line) {
        return line.parts().stream().map(LinePart::rule).toList();
    }

    @Test
    void belowTheThresholdEveryDealEarnsThePlainRateAndGpBelowTheMinimumEarnsNothing() {
        Statement statement = StatementCalculator.calculate(PLAN, target("250000", "60000"), List.of(
                deal(1, "2026-10-05", "12000", "3600"),
                deal(2, "2026-10-20", "20000", "6000")));

        StatementLine first = statement.lines().getFirst();
        assertThat(rules(first)).containsExactly(Rule.REVENUE, Rule.GP_BELOW_MIN);
        assertThat(first.commission()).isEqualByComparingTo("360.00"); // 3 % × 12,000
        assertThat(texts(first)).containsExactly("3.0 % of €12,000 revenue",
                "No GP commission: gross profit so far €3,600 of the €60,000 minimum");
        assertThat(statement.lines().get(1).commission()).isEqualByComparingTo("600.00"); // 3 % × 20,000
        assertThat(texts(statement.lines().get(1))).last()
                .isEqualTo("No GP commission: gross profit so far €9,600 of the €60,000 minimum");

        assertThat(statement.total()).isEqualByComparingTo("960.00");
        assertThat(statement.revenueCommission()).isEqualByComparingTo("960.00");
        assertThat(statement.acceleratedCommission()).isZero();
        assertThat(statement.grossProfitCommission()).isZero();
        assertThat(statement.thresholdAmount()).isEqualByComparingTo("250000");
        assertThat(statement.revenue()).isEqualByComparingTo("32000");
        assertThat(statement.grossProfit()).isEqualByComparingTo("9600");
    }

    @Test
    void theDealThatCrossesTheThresholdIsSplitAndLaterDealsAreAccelerated() {
        Statement statement = StatementCalculator.calculate(PLAN, target("100000", "30000"), List.of(
                deal(1, "2026-10-01", "90000", "27000"),
                deal(2, "2026-10-10", "20000", "6000"),
                deal(3, "2026-10-20", "5000", "1500")));

        StatementLine a = statement.lines().get(0);
        assertThat(rules(a)).containsExactly(Rule.REVENUE, Rule.GP_BELOW_MIN);
        assertThat(a.commission()).isEqualByComparingTo("2700.00"); // 3 % × 90,000

        // Cumulative revenue 90,000 → 110,000 crosses 100 % of 100,000: 10,000 at 3 %, 10,000 at 4.5 %.
        // Cumulative GP 27,000 → 33,000 crosses the 30,000 minimum: 3,000 × 10 %.
        StatementLine b = statement.lines().get(1);
        assertThat(rules(b)).containsExactly(Rule.REVENUE_TO_THRESHOLD, Rule.ACCELERATED, Rule.GP_ABOVE_MIN);
        assertThat(b.parts()).extracting(LinePart::base).usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .containsExactly(new BigDecimal("10000"), new BigDecimal("10000"), new BigDecimal("3000"));
        assertThat(b.parts()).extracting(LinePart::commission)
                .containsExactly(new BigDecimal("300.00"), new BigDecimal("450.00"), new BigDecimal("300.00"));
        assertThat(b.commission()).isEqualByComparingTo("1050.00");
        assertThat(texts(b)).containsExactly(
                "3.0 % of €10,000 revenue, the part up to 100 % of the €100,000 target",
                "4.5 % of €10,000 revenue: 3.0 % accelerated 1.5× past 100 % of the €100,000 target",
                "10.0 % of €3,000 gross profit above the €30,000 minimum");

        StatementLine c = statement.lines().get(2);
        assertThat(rules(c)).containsExactly(Rule.ACCELERATED, Rule.GP_ABOVE_MIN);
        assertThat(c.commission()).isEqualByComparingTo("375.00"); // 4.5 % × 5,000 + 10 % × 1,500

        assertThat(statement.revenueCommission()).isEqualByComparingTo("3000.00");
        assertThat(statement.acceleratedCommission()).isEqualByComparingTo("675.00");
        assertThat(statement.acceleratedRevenue()).isEqualByComparingTo("15000");
        assertThat(statement.grossProfitCommission()).isEqualByComparingTo("450.00"); // 10 % × (34,500 − 30,000)
        assertThat(statement.grossProfitAboveMinimum()).isEqualByComparingTo("4500");
        assertThat(statement.total()).isEqualByComparingTo("4125.00");
    }

    @Test
    void revenueExactlyAtTheThresholdIsNotAcceleratedTheNextEuroIs() {
        Statement statement = StatementCalculator.calculate(PLAN, target("100000", "0"), List.of(
                deal(1, "2026-10-01", "100000", "0"),
                deal(2, "2026-10-02", "1000", "0")));
        assertThat(rules(statement.lines().get(0))).containsExactly(Rule.REVENUE);
        assertThat(rules(statement.lines().get(1))).containsExactly(Rule.ACCELERATED);
        assertThat(statement.lines().get(1).commission()).isEqualByComparingTo("45.00");
    }

    @Test
    void thresholdAndMultiplierComeFromThePlan() {
        // 120 % of 50,000 = 60,000; a 70,000 deal: 60,000 × 4 % + 10,000 × 8 %.
        Statement statement = StatementCalculator.calculate(terms("0.04", "0", "1.2", "2"), target("50000", "20000"),
                List.of(deal(7, "2026-11-02", "70000", "21000")));
        StatementLine line = statement.lines().getFirst();
        assertThat(line.parts()).extracting(LinePart::commission)
                .containsExactly(new BigDecimal("2400.00"), new BigDecimal("800.00"), new BigDecimal("0.00"));
        assertThat(texts(line)).containsExactly(
                "4.0 % of €60,000 revenue, the part up to 120 % of the €50,000 target",
                "8.0 % of €10,000 revenue: 4.0 % accelerated 2× past 120 % of the €50,000 target",
                "0.0 % of €1,000 gross profit above the €20,000 minimum");
        assertThat(statement.thresholdAmount()).isEqualByComparingTo("60000");
    }

    @Test
    void grossProfitIsPaidOnlyAboveTheMinimumAndANegativeDealGivesBackWhatItTakes() {
        Statement statement = StatementCalculator.calculate(PLAN, target("1000000", "10000"), List.of(
                deal(1, "2026-10-01", "40000", "12000"),   // 0 → 12,000: 2,000 above → 200.00
                deal(2, "2026-10-02", "5000", "-3000"),    // 12,000 → 9,000: gives back the 2,000 → −200.00
                deal(3, "2026-10-03", "10000", "2000"),    // 9,000 → 11,000: 1,000 above → 100.00
                deal(4, "2026-10-04", "10000", "3000")));  // 11,000 → 14,000: all 3,000 → 300.00
        assertThat(statement.lines()).extracting(line -> line.parts().getLast().rule())
                .containsExactly(Rule.GP_ABOVE_MIN, Rule.GP_GIVEN_BACK, Rule.GP_ABOVE_MIN, Rule.GP_ABOVE_MIN);
        assertThat(statement.lines()).extracting(line -> line.parts().getLast().commission())
                .containsExactly(new BigDecimal("200.00"), new BigDecimal("-200.00"), new BigDecimal("100.00"),
                        new BigDecimal("300.00"));
        assertThat(texts(statement.lines().get(1)).getLast())
                .isEqualTo("10.0 % of −€2,000 gross profit: this deal took the period back towards the €10,000 minimum");
        // The GP parts add up to rate × (total GP − minimum): 10 % × (14,000 − 10,000).
        assertThat(statement.grossProfitCommission()).isEqualByComparingTo("400.00");
        assertThat(statement.grossProfitAboveMinimum()).isEqualByComparingTo("4000");
    }

    @Test
    void aDealWithoutGrossProfitHasNoGpPart() {
        Statement statement = StatementCalculator.calculate(PLAN, target("100000", "0"),
                List.of(deal(1, "2026-10-01", "1000", "0")));
        assertThat(rules(statement.lines().getFirst())).containsExactly(Rule.REVENUE);
    }

    @Test
    void withoutATargetThereIsNoAcceleratorAndAllGrossProfitIsAboveTheZeroMinimum() {
        Statement statement = StatementCalculator.calculate(PLAN, target("0", "0"), List.of(
                deal(1, "2026-10-01", "10000", "3000"),
                deal(2, "2026-10-02", "500000", "100000")));
        assertThat(statement.thresholdAmount()).isNull();
        assertThat(statement.lines()).allSatisfy(line ->
                assertThat(rules(line)).containsExactly(Rule.REVENUE_NO_TARGET, Rule.GP_ABOVE_MIN));
        assertThat(texts(statement.lines().getFirst())).containsExactly(
                "3.0 % of €10,000 revenue (no revenue target this period, so no accelerator)",
                "10.0 % of €3,000 gross profit above the €0 minimum");
        assertThat(statement.total()).isEqualByComparingTo("25600.00"); // 3 % × 510,000 + 10 % × 103,000
        assertThat(statement.acceleratedCommission()).isZero();
    }

    @Test
    void eachPartIsRoundedHalfEvenToTheCentAndTotalsAreSumsOfTheLines() {
        PlanTerms fivePercent = terms("0.05", "0", "1.0", "1.5");
        Statement statement = StatementCalculator.calculate(fivePercent, target("10000000", "0"), List.of(
                deal(1, "2026-10-01", "12340.50", "0"),   // 617.025 → 617.02 (half to even)
                deal(2, "2026-10-02", "12340.70", "0"),   // 617.035 → 617.04
                deal(3, "2026-10-03", "100.10", "0"),     // 5.005 → 5.00
                deal(4, "2026-10-04", "100.10", "0"),     // 5.005 → 5.00
                deal(5, "2026-10-05", "100.10", "0")));   // 5.005 → 5.00
        assertThat(statement.lines()).extracting(StatementLine::commission)
                .containsExactly(new BigDecimal("617.02"), new BigDecimal("617.04"), new BigDecimal("5.00"),
                        new BigDecimal("5.00"), new BigDecimal("5.00"));
        // The exact sum would be 1,249.075; the statement pays what its lines say.
        assertThat(statement.total()).isEqualByComparingTo("1249.06");
        assertThat(statement.total().scale()).isEqualTo(2);

        Statement odd = StatementCalculator.calculate(terms("0.0325", "0", "1.0", "1.5"), target("10000000", "0"),
                List.of(deal(1, "2026-10-01", "1234.50", "0"))); // 40.12125 → 40.12
        assertThat(odd.total()).isEqualByComparingTo("40.12");
        assertThat(texts(odd.lines().getFirst())).containsExactly("3.25 % of €1,234.50 revenue");
    }

    @Test
    void dealsAreTakenInWonDateOrderWhateverOrderTheyCameIn() {
        Statement statement = StatementCalculator.calculate(PLAN, target("100000", "0"), List.of(
                deal(9, "2026-10-20", "50000", "0"),
                deal(3, "2026-10-01", "80000", "0"),
                deal(2, "2026-10-20", "10000", "0")));
        assertThat(statement.lines()).extracting(line -> line.deal().dealId()).containsExactly(3L, 2L, 9L);
        // 80,000 plain; 10,000 takes it to 90,000, plain; 50,000 crosses: 10,000 plain, 40,000 accelerated.
        assertThat(rules(statement.lines().get(1))).containsExactly(Rule.REVENUE);
        assertThat(rules(statement.lines().get(2))).containsExactly(Rule.REVENUE_TO_THRESHOLD, Rule.ACCELERATED);
        assertThat(statement.acceleratedRevenue()).isEqualByComparingTo("40000");
    }

    @Test
    void withoutAPlanEveryLineSaysSoAndPaysNothing() {
        Statement statement = StatementCalculator.calculate(null, target("100000", "30000"),
                List.of(deal(1, "2026-10-01", "10000", "3000")));
        assertThat(statement.hasPlan()).isFalse();
        assertThat(statement.total()).isEqualByComparingTo("0.00");
        assertThat(texts(statement.lines().getFirst())).containsExactly("No commission plan for this fiscal year");
        assertThat(statement.revenue()).isEqualByComparingTo("10000");
    }

    @Test
    void anEmptyPeriodHasNoLinesAndZeroTotals() {
        Statement statement = StatementCalculator.calculate(PLAN, target("100000", "30000"), List.of());
        assertThat(statement.lines()).isEmpty();
        assertThat(statement.total()).isEqualByComparingTo("0.00");
        assertThat(statement.grossProfitAboveMinimum()).isZero();
    }
}
