package com.salespact.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.base.RuleViolation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PactLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");
    private static final long REP = 7;
    private static final long MANAGER = 2;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    /** Deal size from the rep's own history, win rate from the team's, the call rate set by the manager. */
    private static final SalesFormula FORMULA = new SalesFormula(new BigDecimal("900000"),
            new SalesFormula.FormulaInput(new BigDecimal("45000"), SalesFormula.Source.OWN),
            new SalesFormula.FormulaInput(new BigDecimal("25"), SalesFormula.Source.TEAM),
            new SalesFormula.FormulaInput(new BigDecimal("40"), SalesFormula.Source.OWN),
            new SalesFormula.FormulaInput(new BigDecimal("20"), SalesFormula.Source.OVERRIDE), 46);

    private final Pact pact = new Pact(REP, MANAGER, PactFixtures.complete(), NOW);
    private final PactVersion first = pact.versions().getFirst();

    @Test
    void anIncompletePactCannotBeProposed() {
        PactVersion draft = new Pact(REP, MANAGER, PactFixtures.complete().with(
                new MotivationsStep(List.of(), "", "", null, "")), NOW).versions().getFirst();

        assertThatThrownBy(() -> draft.propose(MANAGER, NOW, FORMULA)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Step 3 is not complete");
        assertThat(draft.getStatus()).isEqualTo(PactStatus.DRAFT);
    }

    @Test
    void theRepSignsFirstThenTheManagerCountersigns() {
        first.propose(MANAGER, NOW, FORMULA);
        assertThatThrownBy(() -> pact.countersign(first, MANAGER, NOW, LocalDate.of(2026, 11, 18)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rep signs first");

        first.signAsRep(REP, NOW);
        pact.countersign(first, MANAGER, NOW.plusSeconds(60), LocalDate.of(2026, 11, 18));

        assertThat(first.getStatus()).isEqualTo(PactStatus.SIGNED);
        assertThat(first.repSignedAt()).contains(NOW);
        assertThat(first.managerSignedAt()).contains(NOW.plusSeconds(60));
        assertThat(first.getManagerSignedBy()).isEqualTo(MANAGER);
    }

    @Test
    void aSignedPactIsNeverEdited() {
        sign(first);

        assertThatThrownBy(() -> first.save(PactFixtures.complete().targets(), 1, NOW))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("never edited");
    }

    @Test
    void aProposedPactIsReopenedBeforeEditingAndLosesTheRepSignature() {
        first.propose(MANAGER, NOW, FORMULA);
        first.signAsRep(REP, NOW);
        assertThatThrownBy(() -> first.save(PactFixtures.complete().targets(), 1, NOW))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("reopen");

        first.reopen(NOW);

        assertThat(first.getStatus()).isEqualTo(PactStatus.DRAFT);
        assertThat(first.repSignedAt()).isEmpty();
    }

    @Test
    void proposingFreezesTheFormulaNumbersAndReopeningLetsThemRecompute() {
        assertThat(first.formulaAgreed()).isEmpty();

        first.propose(MANAGER, NOW, FORMULA);
        assertThat(first.formulaAgreed()).contains(FORMULA);

        first.reopen(NOW);
        assertThat(first.formulaAgreed()).isEmpty();
    }

    @Test
    void aSignedNewVersionStartsWithoutTheOldNumbers() {
        sign(first);

        assertThat(pact.startChange(NOW, TODAY, PactFixtures.FISCAL_2026).formulaAgreed()).isEmpty();
        assertThat(first.formulaAgreed()).contains(FORMULA);
    }

    @Test
    void theAgreedFormulaReadsWithItsNumbersSourcesAndCurrency() {
        PactReading reading = new PactReading("EUR", FORMULA);

        Map<String, String> role = PactFixtures.complete().fields(reading).get(PactStep.ROLE);
        Map<String, String> targets = PactFixtures.complete().fields(reading).get(PactStep.TARGETS);

        assertThat(targets).containsEntry("Revenue target", "€900,000").containsEntry("Minimum gross profit", "€300,000");
        assertThat(role).containsEntry("Formula: average deal size", "€45,000 (the rep's own last 12 months)")
                .containsEntry("Formula: win rate", "25 % (the team's last 12 months)")
                .containsEntry("Formula: calls → meetings", "20 % (set by the manager)")
                .containsEntry("Formula: selling weeks", "46")
                .containsEntry("Formula: per selling week", "1.7 new opportunities, 4.3 meetings, 21.7 calls");
        assertThat(role.values()).noneMatch(value -> value.contains("from history"));
    }

    @Test
    void aFormulaStoredAsJsonReadsBackTheSame() {
        StepJson.Formula json = new StepJson.Formula();

        assertThat(json.convertToEntityAttribute(json.convertToDatabaseColumn(FORMULA))).isEqualTo(FORMULA);
    }

    @Test
    void aMotivatorRankedTwiceIsAProblemAtTheList() {
        MotivationsStep twice = new MotivationsStep(List.of(Motivator.MONEY, Motivator.CAREER_GROWTH, Motivator.MONEY),
                "Team lead", "", GoalFlexibility.FIXED, "");

        assertThat(twice.problems()).containsExactly(new StepProblem(PactStep.MOTIVATIONS, "rankedMotivators",
                "Money is listed twice: rank each motivator once"));
    }

    @Test
    void aBadStandardCommitmentOrRungIsAProblemOnItsOwnRow() {
        TargetsStep targets = PactFixtures.complete().targets().withMasLines(List.of(
                new MasLine(MasMetric.CALLS, new BigDecimal("40"), Per.WEEK),
                new MasLine(MasMetric.MEETINGS, new BigDecimal("-3"), Per.WEEK),
                new MasLine(MasMetric.CALLS, new BigDecimal("10"), Per.WEEK)));
        ConsequencesStep rungs = new ConsequencesStep(List.of(new LadderRung(LadderTrigger.MISSED_MONTH, "Plan"),
                new LadderRung(LadderTrigger.MISSED_WEEK, "Talk")));

        assertThat(targets.problems()).containsExactly(
                new StepProblem(PactStep.TARGETS, "masLines", "A minimum cannot be negative", 1),
                new StepProblem(PactStep.TARGETS, "masLines", "Calls appears twice", 2));
        assertThat(rungs.problems()).containsExactly(new StepProblem(PactStep.CONSEQUENCES, "rungs",
                "Order the rungs from mildest to most serious, each trigger once", 1));
        assertThat(new ConsequencesStep(List.of()).problems()).extracting(StepProblem::row).containsOnlyNulls();
    }

    @Test
    void aNumberTooLargeToStoreIsRefusedAtItsField() {
        TargetsStep huge = PactFixtures.complete().targets().withMasLines(List.of(
                new MasLine(MasMetric.CALLS, new BigDecimal("1000000000"), Per.WEEK)));

        assertThatThrownBy(() -> first.save(huge, 1, NOW)).isInstanceOfSatisfying(RuleViolation.class, refused -> {
            assertThat(refused.field()).isEqualTo("masLines");
            assertThat(refused.getMessage()).isEqualTo("Numbers must be below 100,000,000");
        });
    }

    @Test
    void aChangeIsANewVersionAndSigningItSupersedesTheOld() {
        sign(first);
        PactVersion second = pact.startChange(NOW, TODAY, PactFixtures.FISCAL_2026);
        assertThat(second.getNumber()).isEqualTo(2);
        assertThat(second.document()).isEqualTo(first.document());
        assertThat(pact.inForce(TODAY)).containsSame(first);
        assertThatThrownBy(() -> pact.startChange(NOW, TODAY, PactFixtures.FISCAL_2026))
                .isInstanceOf(RuleViolation.class);

        second.save(new ConsequencesStep(List.of(new LadderRung(LadderTrigger.MISSED_MONTH, "Improvement plan"))), 4, NOW);
        sign(second);

        assertThat(first.getStatus()).isEqualTo(PactStatus.SUPERSEDED);
        assertThat(first.supersededAt()).isPresent();
        assertThat(pact.versions()).filteredOn(version -> version.getStatus() == PactStatus.SIGNED)
                .containsExactly(second);
    }

    @Test
    void onlyASignedPactCanBeChanged() {
        assertThatThrownBy(() -> pact.startChange(NOW, TODAY, PactFixtures.FISCAL_2026))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void draftsKeepIncompleteTextSoNothingTypedIsLost() {
        TargetsStep half = new TargetsStep(null, null, List.of(), "Half a plan", "");

        first.save(half, 2, NOW);

        assertThat(first.document().targets().plan()).isEqualTo("Half a plan");
        assertThat(first.getLastStep()).isEqualTo(2);
        assertThat(half.problems()).extracting(StepProblem::field)
                .contains("revenueTarget", "grossProfitTarget", "masLines");
    }

    @Test
    void theDiffListsChangedFieldsByStep() {
        PactDocument signed = PactFixtures.complete();
        PactDocument changed = signed.with(new MotivationsStep(List.of(Motivator.MONEY), "Team lead within two years",
                "Public recognition at the monthly kick-off", GoalFlexibility.FIXED, ""));

        assertThat(PactChange.between(signed, changed)).containsExactly(
                new PactChange(PactStep.MOTIVATIONS, "Motivators (ranked)", "1. Career growth, 2. Money", "1. Money"),
                new PactChange(PactStep.MOTIVATIONS, "Goal flexibility", "Reviewed every quarter", "Fixed for the year"));
    }

    private void sign(PactVersion version) {
        version.propose(MANAGER, NOW, FORMULA);
        version.signAsRep(REP, NOW);
        pact.countersign(version, MANAGER, NOW, TODAY);
    }
}
