package com.salespact.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.base.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PactLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");
    private static final long REP = 7;
    private static final long MANAGER = 2;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    private final Pact pact = new Pact(REP, MANAGER, PactFixtures.complete(), NOW);
    private final PactVersion first = pact.versions().getFirst();

    @Test
    void anIncompletePactCannotBeProposed() {
        PactVersion draft = new Pact(REP, MANAGER, PactFixtures.complete().with(
                new MotivationsStep(List.of(), "", "", null, "")), NOW).versions().getFirst();

        assertThatThrownBy(() -> draft.propose(MANAGER, NOW)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Step 3 is not complete");
        assertThat(draft.getStatus()).isEqualTo(PactStatus.DRAFT);
    }

    @Test
    void theRepSignsFirstThenTheManagerCountersigns() {
        first.propose(MANAGER, NOW);
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
        first.propose(MANAGER, NOW);
        first.signAsRep(REP, NOW);
        assertThatThrownBy(() -> first.save(PactFixtures.complete().targets(), 1, NOW))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("reopen");

        first.reopen(NOW);

        assertThat(first.getStatus()).isEqualTo(PactStatus.DRAFT);
        assertThat(first.repSignedAt()).isEmpty();
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
                new PactChange(PactStep.MOTIVATIONS, "Goal flexibility", "Reviewed quarterly", "Fixed"));
    }

    private void sign(PactVersion version) {
        version.propose(MANAGER, NOW);
        version.signAsRep(REP, NOW);
        pact.countersign(version, MANAGER, NOW, TODAY);
    }
}
