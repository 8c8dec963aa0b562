package com.salespact.commission;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.pact.PactCommission;
import com.salespact.pact.PactDocument;
import com.salespact.pact.PactFixtures;
import com.salespact.pact.SignedTerms;
import com.salespact.pact.TargetsStep;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pact in force governs the statement, worked by hand: its signed terms pay and its targets, spread over the
 * period like the goals targets, set the accelerator threshold and the GP minimum.
 */
class StatementBasisTest {

    /** The plan as it stands: 3 % of revenue, 10 % of GP above the minimum, 1.5× past 100 % of target. */
    private static final PlanTerms STANDING = terms("0.03", "0.10", "1.0", "1.5");
    /** A quarter whose seasonality share is 25 % of a 1,000,000 goals year (minimum GP 60,000 of 240,000). */
    private static final PeriodTarget GOALS_QUARTER = new PeriodTarget(new BigDecimal("250000"), new BigDecimal("60000"));
    private static final PeriodTarget GOALS_YEAR = new PeriodTarget(new BigDecimal("1000000"), new BigDecimal("240000"));
    private static final BigDecimal QUARTER_OF_YEAR = new BigDecimal("0.25");

    private static PlanTerms terms(String revenueRate, String gpRate, String threshold, String multiplier) {
        return new PlanTerms(new BigDecimal(revenueRate), new BigDecimal(gpRate), new BigDecimal(threshold),
                new BigDecimal(multiplier));
    }

    /** Version 2 with an annual revenue target and minimum GP, signed with {@code signed} (null: no plan). */
    private static SignedTerms pact(String revenueTarget, String minGrossProfit, PlanTerms signed) {
        PactDocument complete = PactFixtures.complete();
        TargetsStep targets = complete.targets();
        PactDocument document = complete.with(new TargetsStep(new BigDecimal(revenueTarget),
                new BigDecimal(minGrossProfit), targets.masLines(), targets.plan(), targets.alignment()));
        return new SignedTerms(42, 2, LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 31), document,
                Instant.parse("2026-12-04T11:00:00Z"), signed == null ? null : PactPlans.of(2026, signed));
    }

    private static List<WonDeal> dealsWorth320000() {
        return List.of(new WonDeal(1, "Deal 1", "Account 1", LocalDate.of(2026, 10, 10), new BigDecimal("200000"),
                        new BigDecimal("50000")),
                new WonDeal(2, "Deal 2", "Account 2", LocalDate.of(2026, 11, 10), new BigDecimal("120000"),
                        new BigDecimal("30000")));
    }

    @Test
    void theAcceleratorCountsAgainstThePactTargetNotTheGoalsTarget() {
        // Pact: 1,200,000 a year; the quarter is 25 % of the year by the goals weights → 300,000 this quarter.
        StatementBasis basis = StatementBasis.ofPact(pact("1200000", "288000", STANDING), STANDING, GOALS_QUARTER,
                GOALS_YEAR, QUARTER_OF_YEAR);
        Statement statement = StatementCalculator.calculate(basis.terms(), basis.target(), dealsWorth320000());

        assertThat(basis.target().revenue()).isEqualByComparingTo("300000");
        assertThat(statement.thresholdAmount()).isEqualByComparingTo("300000"); // 100 % × 300,000
        // 320,000 won: 20,000 past the pact's threshold (the goals target would have made it 70,000).
        assertThat(statement.acceleratedRevenue()).isEqualByComparingTo("20000");
        assertThat(statement.acceleratedCommission()).isEqualByComparingTo("900.00"); // 3 % × 1.5 × 20,000
        assertThat(statement.revenueCommission()).isEqualByComparingTo("9000.00"); // 3 % × 300,000
        // Minimum GP 288,000 × 25 % = 72,000; GP won 80,000 → 8,000 above it at 10 %.
        assertThat(basis.target().minGrossProfit()).isEqualByComparingTo("72000");
        assertThat(statement.grossProfitCommission()).isEqualByComparingTo("800.00");

        Statement withoutPact = StatementCalculator.calculate(STANDING, GOALS_QUARTER, dealsWorth320000());
        assertThat(withoutPact.acceleratedRevenue()).isEqualByComparingTo("70000");
    }

    @Test
    void theTermsSignedWithThePactPayAndAPlanChangedSinceIsOnlyNamed() {
        PlanTerms signed = terms("0.05", "0.10", "1.0", "2.0");
        StatementBasis basis = StatementBasis.ofPact(pact("1000000", "240000", signed), STANDING, GOALS_QUARTER,
                GOALS_YEAR, QUARTER_OF_YEAR);
        Statement statement = StatementCalculator.calculate(basis.terms(), basis.target(), dealsWorth320000());

        assertThat(basis.terms()).isEqualTo(signed);
        assertThat(statement.revenueCommission()).isEqualByComparingTo("12500.00"); // 5 % × 250,000
        assertThat(statement.acceleratedCommission()).isEqualByComparingTo("7000.00"); // 5 % × 2 × 70,000
        assertThat(basis.pact().number()).isEqualTo(2);
        assertThat(basis.pact().versionId()).isEqualTo(42);
        assertThat(basis.pact().signedAt()).isEqualTo(Instant.parse("2026-12-04T11:00:00Z"));
        assertThat(basis.pact().termsSigned()).isTrue();
        assertThat(basis.pact().changedPlan()).as("not yet part of the signed pact").isEqualTo(STANDING);

        StatementBasis unchanged = StatementBasis.ofPact(pact("1000000", "240000", STANDING), STANDING, GOALS_QUARTER,
                GOALS_YEAR, QUARTER_OF_YEAR);
        assertThat(unchanged.pact().changedPlan()).isNull();
    }

    @Test
    void aPactSignedWithoutAPlanIsPaidByThePlanAsItStandsAgainstThePactTarget() {
        StatementBasis basis = StatementBasis.ofPact(pact("1200000", "288000", null), STANDING, GOALS_QUARTER,
                GOALS_YEAR, QUARTER_OF_YEAR);

        assertThat(basis.terms()).isEqualTo(STANDING);
        assertThat(basis.pact().termsSigned()).isFalse();
        assertThat(basis.pact().changedPlan()).isNull();
        assertThat(basis.target().revenue()).isEqualByComparingTo("300000");
    }

    @Test
    void thePactTargetEqualToTheGoalsTargetGivesTheGoalsFigureToTheCent() {
        // Seasonality weights that do not divide evenly: the quarter is 250,000.01 of 1,000,000.
        PeriodTarget quarter = new PeriodTarget(new BigDecimal("250000.01"), new BigDecimal("60000.33"));
        StatementBasis basis = StatementBasis.ofPact(pact("1000000", "240000", STANDING), STANDING, quarter,
                GOALS_YEAR, QUARTER_OF_YEAR);

        assertThat(basis.target().revenue()).isEqualByComparingTo("250000.01");
        assertThat(basis.target().minGrossProfit()).isEqualByComparingTo("60000.33");
    }

    @Test
    void withoutGoalsTargetsThePactTargetIsSpreadByMonths() {
        PeriodTarget none = new PeriodTarget(BigDecimal.ZERO, BigDecimal.ZERO);
        StatementBasis basis = StatementBasis.ofPact(pact("1200000", "240000", STANDING), STANDING, none, none,
                QUARTER_OF_YEAR);

        assertThat(basis.target().revenue()).isEqualByComparingTo("300000");
        assertThat(basis.target().minGrossProfit()).isEqualByComparingTo("60000");
    }

    @Test
    void withoutAPactThePlanAndTheGoalsTargetsPayAsBefore() {
        StatementBasis basis = StatementBasis.withoutPact(STANDING, GOALS_QUARTER);

        assertThat(basis.pact()).isNull();
        assertThat(basis.terms()).isEqualTo(STANDING);
        assertThat(basis.target()).isEqualTo(GOALS_QUARTER);
    }
}
