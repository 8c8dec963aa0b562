package com.salespact.pact;

import static com.salespact.pact.StepContent.blank;
import static com.salespact.pact.StepContent.text;

import com.salespact.base.Messages;
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
            problems.add(problem("repKpis", Messages.text("pact.rule.kpis-required")));
        }
        if (blank(responsibilities)) {
            problems.add(problem("responsibilities", Messages.text("pact.rule.responsibilities-required")));
        }
        if (commitments.isEmpty()) {
            problems.add(problem("commitments", Messages.text("pact.rule.commitment-required")));
        }
        for (int row = 0; row < commitments.size(); row++) {
            ManagerCommitment commitment = commitments.get(row);
            if (commitment.kind() == null || blank(commitment.description())) {
                problems.add(commitmentProblem(row, Messages.text("pact.rule.commitment-incomplete")));
            } else if (commitment.amount() != null && commitment.amount().signum() < 0) {
                problems.add(commitmentProblem(row, Messages.text("pact.rule.commitment-negative")));
            } else if (commitment.kind().measured() && (commitment.amount() == null || commitment.per() == null)) {
                problems.add(commitmentProblem(row, Messages.text("pact.rule.commitment-measured",
                        PactFormat.words(commitment.kind()))));
            }
        }
        if (!blank(obstacles) && blank(remedy)) {
            problems.add(problem("remedy", Messages.text("pact.rule.remedy-required")));
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
        fields.put(Messages.text("pact.field.kpis"), text(repKpis));
        fields.put(Messages.text("pact.field.responsibilities"), text(responsibilities));
        for (int i = 0; i < commitments.size(); i++) {
            ManagerCommitment commitment = commitments.get(i);
            fields.put(Messages.text("pact.field.commitment", String.valueOf(i + 1)), text(commitment.description())
                    + (commitment.amount() == null ? "" : Messages.text("pact.field.commitment-amount",
                    PactFormat.number(commitment.amount()), commitment.per() == null ? Messages.text("pact.field.hours")
                            : PactFormat.per(commitment.per()))));
        }
        fields.put(Messages.text("pact.field.obstacles"), text(obstacles));
        fields.put(Messages.text("pact.field.remedy"), text(remedy));
        return fields;
    }
}
