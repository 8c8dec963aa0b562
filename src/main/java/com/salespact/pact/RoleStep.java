package com.salespact.pact;

import static com.salespact.pact.StepContent.blank;
import static com.salespact.pact.StepContent.text;

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
            problems.add(problem("roleDescription", "Describe the role"));
        }
        problems.addAll(formula.problems());
        if (coachingFocus.isEmpty()) {
            problems.add(problem("coachingFocus", "Name at least one coaching focus area"));
        }
        for (int row = 0; row < training.size(); row++) {
            TrainingLine line = training.get(row);
            if (blank(line.item()) || line.due() == null || line.status() == null) {
                problems.add(new StepProblem(PactStep.ROLE, "training",
                        "Every training item needs a name, a due date and a status", row));
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
        fields.put("Role", text(roleDescription));
        fields.putAll(reading.formula() == null ? formula.fields() : reading.formula().fields(reading));
        fields.put("Coaching focus", String.join(", ", coachingFocus));
        for (int i = 0; i < training.size(); i++) {
            TrainingLine line = training.get(i);
            fields.put("Training " + (i + 1), text(line.item()) + " by " + line.due() + " (" + PactFormat.words(line.status()) + ")");
        }
        return fields;
    }
}
