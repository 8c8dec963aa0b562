package com.salespact.pact;

import static com.salespact.pact.StepContent.blank;
import static com.salespact.pact.StepContent.text;

import com.salespact.base.Messages;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Step 3: what drives the rep (ranked), personal goals, preferred recognition, and how flexible the goals are. */
public record MotivationsStep(List<Motivator> rankedMotivators, String personalGoals, String recognition,
                              GoalFlexibility flexibility, String flexibilityNote) implements StepContent {

    public static final int MAX_MOTIVATORS = 5;

    public MotivationsStep {
        rankedMotivators = rankedMotivators == null ? List.of() : List.copyOf(rankedMotivators);
    }

    @Override
    public PactStep step() {
        return PactStep.MOTIVATIONS;
    }

    @Override
    public List<StepProblem> problems() {
        List<StepProblem> problems = new ArrayList<>();
        if (rankedMotivators.isEmpty()) {
            problems.add(problem("rankedMotivators", Messages.text("pact.rule.motivators-required")));
        } else if (rankedMotivators.size() > MAX_MOTIVATORS) {
            problems.add(problem("rankedMotivators", Messages.text("pact.rule.motivators-max",
                    String.valueOf(MAX_MOTIVATORS))));
        } else {
            repeated().ifPresent(twice -> problems.add(problem("rankedMotivators",
                    Messages.text("pact.rule.motivator-twice", PactFormat.words(twice)))));
        }
        if (blank(personalGoals)) {
            problems.add(problem("personalGoals", Messages.text("pact.rule.goals-required")));
        }
        if (flexibility == null) {
            problems.add(problem("flexibility", Messages.text("pact.rule.flexibility-required")));
        }
        return problems;
    }

    /** The first motivator ranked more than once; a ranking names each one once. */
    private java.util.Optional<Motivator> repeated() {
        Set<Motivator> seen = EnumSet.noneOf(Motivator.class);
        return rankedMotivators.stream().filter(java.util.Objects::nonNull).filter(each -> !seen.add(each)).findFirst();
    }

    private static StepProblem problem(String field, String message) {
        return new StepProblem(PactStep.MOTIVATIONS, field, message);
    }

    @Override
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(Messages.text("pact.field.motivators"), IntStream.range(0, rankedMotivators.size())
                .mapToObj(i -> (i + 1) + ". " + PactFormat.words(rankedMotivators.get(i))).collect(Collectors.joining(", ")));
        fields.put(Messages.text("pact.field.goals"), text(personalGoals));
        fields.put(Messages.text("pact.field.recognition"), text(recognition));
        fields.put(Messages.text("pact.field.flexibility"), PactFormat.words(flexibility));
        fields.put(Messages.text("pact.field.flexibility-note"), text(flexibilityNote));
        return fields;
    }
}
