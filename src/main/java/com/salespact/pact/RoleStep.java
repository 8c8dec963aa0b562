package com.salespact.pact;

import static com.salespact.pact.StepContent.blank;
import static com.salespact.pact.StepContent.text;

import com.salespact.base.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 5: the role described, the sales formula's inputs as agreed (null where the rep's history decides), the
 * coaching focus and the training plan.
 */
public record RoleStep(String roleDescription, FormulaOverrides formula, List<String> coachingFocus,
                       List<TrainingLine> training) implements StepContent {

    public RoleStep {
        formula = formula == null ? FormulaOverrides.NONE : formula;
        coachingFocus = coachingFocus == null ? List.of()
                : coachingFocus.stream().filter(focus -> !blank(focus)).map(String::strip).toList();
        training = training == null ? List.of() : List.copyOf(training);
    }

    @Override
    public PactStep step() {
        return PactStep.ROLE;
    }

    @Override
    public List<StepProblem> problems() {
        List<StepProblem> problems = new ArrayList<>();
        if (blank(roleDescription)) {
            problems.add(problem("roleDescription", Messages.text("pact.rule.role-required")));
        }
        problems.addAll(formula.problems());
        if (coachingFocus.isEmpty()) {
            problems.add(problem("coachingFocus", Messages.text("pact.rule.focus-required")));
        }
        for (int row = 0; row < training.size(); row++) {
            TrainingLine line = training.get(row);
            if (blank(line.item()) || line.due() == null || line.status() == null) {
                problems.add(new StepProblem(PactStep.ROLE, "training",
                        Messages.text("pact.rule.training-incomplete"), row));
            }
        }
        return problems;
    }

    private static StepProblem problem(String field, String message) {
        return new StepProblem(PactStep.ROLE, field, message);
    }

    @Override
    public Map<String, String> fields() {
        return fields(PactReading.PLAIN);
    }

    /** With the formula's numbers when the reading has them, else the overrides as typed ("from history"). */
    @Override
    public Map<String, String> fields(PactReading reading) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(Messages.text("pact.field.role"), text(roleDescription));
        fields.putAll(reading.formula() == null ? formula.fields(reading) : reading.formula().fields(reading));
        fields.put(Messages.text("pact.field.focus"), String.join(", ", coachingFocus));
        for (int i = 0; i < training.size(); i++) {
            TrainingLine line = training.get(i);
            fields.put(Messages.text("pact.field.training", String.valueOf(i + 1)), Messages.text("pact.field.training-line",
                    text(line.item()), PactFormat.date(line.due()), PactFormat.words(line.status())));
        }
        return fields;
    }
}
