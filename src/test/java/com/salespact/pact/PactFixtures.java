package com.salespact.pact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A complete pact document, for tests that need one. */
public final class PactFixtures {

    /** The demo calendar's fiscal year (January start) that the fixtures' pacts cover. */
    public static final PactPeriod FISCAL_2026 = new PactPeriod(java.time.LocalDate.of(2026, 1, 1),
            java.time.LocalDate.of(2026, 12, 31));

    private PactFixtures() {
    }

    public static PactDocument complete() {
        return new PactDocument(
                new TargetsStep(FISCAL_2026, new BigDecimal("900000"), new BigDecimal("300000"),
                        List.of(new MasLine(MasMetric.CALLS, new BigDecimal("40"), Per.WEEK),
                                new MasLine(MasMetric.MEETINGS, new BigDecimal("8"), Per.WEEK)),
                        "Two new logos a month from the northern territory", "Matches the team's growth plan"),
                new ExpectationsStep("Revenue, GP, MAS", "Own the territory's pipeline",
                        List.of(new ManagerCommitment(CommitmentKind.ONE_ON_ONE, "Weekly 1:1", BigDecimal.ONE, Per.WEEK)),
                        "Long procurement cycles", "Involve procurement from the first meeting"),
                new MotivationsStep(List.of(Motivator.CAREER_GROWTH, Motivator.MONEY), "Team lead within two years",
                        "Public recognition at the monthly kick-off", GoalFlexibility.REVIEWED_QUARTERLY, ""),
                ConsequencesStep.defaults(),
                new RoleStep("Hunter in the north", FormulaOverrides.NONE, List.of("Discovery questions"),
                        List.of(new TrainingLine("Negotiation course", LocalDate.of(2027, 3, 31), TrainingStatus.PLANNED))));
    }
}
