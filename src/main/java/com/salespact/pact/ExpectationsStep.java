package com.salespact.pact;

import static com.salespact.pact.StepContent.blank;
import static com.salespact.pact.StepContent.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Step 2: what is expected of the rep, what the manager commits to in return, and the known obstacles. */
public record ExpectationsStep(String repKpis, String responsibilities, List<ManagerCommitment> commitments,
                               String obstacles, String remedy) implements StepContent {

    public ExpectationsStep {
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
    }

    @Override
    public PactStep step() {
        return PactStep.EXPECTATIONS;
    }

    @Override
    public List<StepProblem> problems() {
        List<StepProblem> problems = new ArrayList<>();
        if (blank(repKpis)) {
            problems.add(problem("repKpis", "Name the KPIs the rep is measured on"));
        }
        if (blank(responsibilities)) {
            problems.add(problem("responsibilities", "Describe the rep's responsibilities"));
        }
        if (commitments.isEmpty()) {
            problems.add(problem("commitments", "The manager commits to at least one thing"));
        }
        for (int row = 0; row < commitments.size(); row++) {
            ManagerCommitment commitment = commitments.get(row);
            if (commitment.kind() == null || blank(commitment.description())) {
                problems.add(commitmentProblem(row, "Every commitment needs a kind and a description"));
            } else if (commitment.amount() != null && commitment.amount().signum() < 0) {
                problems.add(commitmentProblem(row, "A commitment's amount cannot be negative"));
            } else if (commitment.kind().measured() && (commitment.amount() == null || commitment.per() == null)) {
                problems.add(commitmentProblem(row, PactFormat.words(commitment.kind())
                        + " is measured: give an amount and a period"));
            }
        }
        if (!blank(obstacles) && blank(remedy)) {
            problems.add(problem("remedy", "Agree a remedy for the obstacles named"));
        }
        return problems;
    }

    private static StepProblem problem(String field, String message) {
        return new StepProblem(PactStep.EXPECTATIONS, field, message);
    }

    private static StepProblem commitmentProblem(int row, String message) {
        return new StepProblem(PactStep.EXPECTATIONS, "commitments", message, row);
    }

    @Override
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Rep's KPIs", text(repKpis));
        fields.put("Rep's responsibilities", text(responsibilities));
        for (int i = 0; i < commitments.size(); i++) {
            ManagerCommitment commitment = commitments.get(i);
            fields.put("Manager commitment " + (i + 1), text(commitment.description())
                    + (commitment.amount() == null ? "" : " (" + PactFormat.number(commitment.amount()) + " "
                    + (commitment.per() == null ? "h" : PactFormat.per(commitment.per())) + ")"));
        }
        fields.put("Obstacles", text(obstacles));
        fields.put("Agreed remedy", text(remedy));
        return fields;
    }
}
