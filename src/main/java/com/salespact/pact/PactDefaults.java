package com.salespact.pact;

import com.salespact.activities.MinimumStandards;
import com.salespact.base.Messages;
import com.salespact.people.RepStyle;
import java.math.BigDecimal;
import java.util.List;

/**
 * The first draft of a pact: targets from the rep's target for the year, the company's minimum standards, the
 * manager's usual commitments and a default consequence ladder. Everything is a starting point for the conversation.
 */
final class PactDefaults {

    private PactDefaults() {
    }

    static PactDocument first(BigDecimal revenue, BigDecimal grossProfit, MinimumStandards standards, RepStyle style) {
        TargetsStep targets = new TargetsStep(positiveOrNull(revenue), positiveOrNull(grossProfit), List.of(
                new MasLine(MasMetric.CALLS, BigDecimal.valueOf(standards.callsPerWeek()), Per.WEEK),
                new MasLine(MasMetric.MEETINGS, BigDecimal.valueOf(standards.meetingsPerWeek()), Per.WEEK),
                new MasLine(MasMetric.NEW_OPPORTUNITIES, BigDecimal.valueOf(standards.newOpportunitiesPerWeek()), Per.WEEK),
                new MasLine(MasMetric.PROPOSALS, BigDecimal.valueOf(standards.proposalsPerWeek()), Per.WEEK),
                new MasLine(MasMetric.PIPELINE_COVERAGE, BigDecimal.valueOf(3), Per.QUARTER)), "", "");
        ExpectationsStep expectations = new ExpectationsStep("", "", List.of(
                new ManagerCommitment(CommitmentKind.ONE_ON_ONE, Messages.text("pact.default.commitment.one-on-one"),
                        BigDecimal.ONE, Per.WEEK),
                new ManagerCommitment(CommitmentKind.COACHING_HOURS, Messages.text("pact.default.commitment.coaching"),
                        BigDecimal.valueOf(2), Per.MONTH),
                new ManagerCommitment(CommitmentKind.DEAL_SUPPORT_HOURS, Messages.text("pact.default.commitment.deal-support"),
                        BigDecimal.valueOf(24), null)), "", "");
        MotivationsStep motivations = new MotivationsStep(List.of(), "", "", null, "");
        RoleStep role = new RoleStep(style == RepStyle.FARMER
                ? Messages.text("pact.default.role.farmer")
                : Messages.text("pact.default.role.hunter"),
                FormulaOverrides.NONE, List.of(), List.of());
        return new PactDocument(targets, expectations, motivations, ConsequencesStep.defaults(), role);
    }

    private static BigDecimal positiveOrNull(BigDecimal value) {
        return value == null || value.signum() <= 0 ? null : value;
    }
}
