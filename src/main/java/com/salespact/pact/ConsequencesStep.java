package com.salespact.pact;

import static com.salespact.pact.StepContent.blank;
import static com.salespact.pact.StepContent.text;

import com.salespact.base.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Step 4: the escalation ladder agreed up front, mildest rung first. */
public record ConsequencesStep(List<LadderRung> rungs) implements StepContent {

    public ConsequencesStep {
        rungs = rungs == null ? List.of() : List.copyOf(rungs);
    }

    /** A sensible ladder to start the conversation from. */
    public static ConsequencesStep defaults() {
        return new ConsequencesStep(List.of(
                new LadderRung(LadderTrigger.MISSED_WEEK, Messages.text("pact.default.rung.missed-week")),
                new LadderRung(LadderTrigger.TWO_MISSED_WEEKS, Messages.text("pact.default.rung.two-missed-weeks")),
                new LadderRung(LadderTrigger.MISSED_MONTH, Messages.text("pact.default.rung.missed-month")),
                new LadderRung(LadderTrigger.MISSED_QUARTER, Messages.text("pact.default.rung.missed-quarter"))));
    }

    @Override
    public PactStep step() {
        return PactStep.CONSEQUENCES;
    }

    public ConsequenceLadder ladder() {
        return new ConsequenceLadder(rungs);
    }

    @Override
    public List<StepProblem> problems() {
        List<StepProblem> problems = new ArrayList<>();
        if (rungs.isEmpty()) {
            problems.add(problem(Messages.text("pact.rule.consequence-required")));
        }
        LadderTrigger previous = null;
        for (int row = 0; row < rungs.size(); row++) {
            LadderRung rung = rungs.get(row);
            if (rung.trigger() == null || blank(rung.consequence())) {
                problems.add(problem(Messages.text("pact.rule.rung-incomplete"), row));
                return problems;
            }
            if (previous != null && rung.trigger().compareTo(previous) <= 0) {
                problems.add(problem(Messages.text("pact.rule.rung-order"), row));
                return problems;
            }
            previous = rung.trigger();
        }
        return problems;
    }

    private static StepProblem problem(String message) {
        return problem(message, null);
    }

    private static StepProblem problem(String message, Integer row) {
        return new StepProblem(PactStep.CONSEQUENCES, "rungs", message, row);
    }

    @Override
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (LadderRung rung : rungs) {
            fields.put(rung.trigger() == null ? Messages.text("pact.field.if.none")
                    : Messages.text("pact.field.if." + rung.trigger().name()), text(rung.consequence()));
        }
        return fields;
    }
}
