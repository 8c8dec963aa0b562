package com.salespact.deals;

import com.salespact.base.Messages;
import java.util.List;
import java.util.Map;

/**
 * The default checklist a deal gets when it enters a stage: translation keys, written down in the language of the
 * person who moves the deal there (the labels are stored with the deal).
 */
final class MilestoneTemplate {

    private static final Map<Stage, List<String>> DEFAULTS = Map.of(
            Stage.PROSPECT, List.of("deals.milestone.decision-maker", "deals.milestone.need-confirmed"),
            Stage.QUALIFIED, List.of("deals.milestone.budget", "deals.milestone.timeline", "deals.milestone.buying-process"),
            Stage.PROPOSAL, List.of("deals.milestone.proposal-sent", "deals.milestone.pricing-approved",
                    "deals.milestone.proposal-walked-through"),
            Stage.NEGOTIATION, List.of("deals.milestone.terms", "deals.milestone.legal-review",
                    "deals.milestone.signature-date"));

    private MilestoneTemplate() {
    }

    static List<String> forStage(Stage stage) {
        return DEFAULTS.getOrDefault(stage, List.of()).stream().map(key -> Messages.text(key)).toList();
    }
}
