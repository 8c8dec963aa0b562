package com.salespact.deals;

import java.util.List;
import java.util.Map;

/** The default checklist a deal gets when it enters a stage. */
final class MilestoneTemplate {

    private static final Map<Stage, List<String>> DEFAULTS = Map.of(
            Stage.PROSPECT, List.of("Decision maker identified", "Need confirmed in a conversation"),
            Stage.QUALIFIED, List.of("Budget confirmed", "Timeline agreed", "Buying process mapped"),
            Stage.PROPOSAL, List.of("Proposal sent", "Pricing approved internally", "Proposal walked through with buyer"),
            Stage.NEGOTIATION, List.of("Terms agreed", "Legal review done", "Signature date set"));

    private MilestoneTemplate() {
    }

    static List<String> forStage(Stage stage) {
        return DEFAULTS.getOrDefault(stage, List.of());
    }
}
