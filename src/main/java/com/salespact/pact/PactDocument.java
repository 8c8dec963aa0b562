package com.salespact.pact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The whole agreement: the five steps' content. Immutable; {@link #with} returns a copy with one step replaced. */
public record PactDocument(TargetsStep targets, ExpectationsStep expectations, MotivationsStep motivations,
                           ConsequencesStep consequences, RoleStep role) {

    public StepContent step(PactStep step) {
        return switch (step) {
            case TARGETS -> targets;
            case EXPECTATIONS -> expectations;
            case MOTIVATIONS -> motivations;
            case CONSEQUENCES -> consequences;
            case ROLE -> role;
        };
    }

    public PactDocument with(StepContent content) {
        return switch (content) {
            case TargetsStep step -> new PactDocument(step, expectations, motivations, consequences, role);
            case ExpectationsStep step -> new PactDocument(targets, step, motivations, consequences, role);
            case MotivationsStep step -> new PactDocument(targets, expectations, step, consequences, role);
            case ConsequencesStep step -> new PactDocument(targets, expectations, motivations, step, role);
            case RoleStep step -> new PactDocument(targets, expectations, motivations, consequences, step);
        };
    }

    /** Every step's problems, in step order; empty when the pact may be proposed and signed. */
    public List<StepProblem> problems() {
        List<StepProblem> problems = new ArrayList<>();
        for (PactStep step : PactStep.values()) {
            problems.addAll(step(step).problems());
        }
        return problems;
    }

    public boolean complete() {
        return problems().isEmpty();
    }

    /** The readable fields of every step, keyed by step. */
    public Map<PactStep, Map<String, String>> fields() {
        return fields(PactReading.PLAIN);
    }

    /** The same, amounts in the reading's currency and the formula with its numbers. */
    public Map<PactStep, Map<String, String>> fields(PactReading reading) {
        Map<PactStep, Map<String, String>> fields = new LinkedHashMap<>();
        for (PactStep step : PactStep.values()) {
            fields.put(step, step(step).fields(reading));
        }
        return fields;
    }
}
