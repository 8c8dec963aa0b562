package com.salespact.pact;

import static com.salespact.pact.StepContent.blank;
import static com.salespact.pact.StepContent.text;

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
            problems.add(problem("rankedMotivators", "Pick what motivates the rep, most important first"));
        } else if (rankedMotivators.size() > MAX_MOTIVATORS) {
            problems.add(problem("rankedMotivators", "Rank at most " + MAX_MOTIVATORS + " motivators"));
        } else {
            repeated().ifPresent(twice -> problems.add(problem("rankedMotivators",
                    PactFormat.words(twice) + " is listed twice: rank each motivator once")));
        }
        if (blank(personalGoals)) {
            problems.add(problem("personalGoals", "Write down the rep's personal goals"));
        }
        if (flexibility == null) {
            problems.add(problem("flexibility", "Agree how flexible the goals are"));
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
        fields.put("Motivators (ranked)", IntStream.range(0, rankedMotivators.size())
                .mapToObj(i -> (i + 1) + ". " + PactFormat.words(rankedMotivators.get(i))).collect(Collectors.joining(", ")));
        fields.put("Personal goals", text(personalGoals));
        fields.put("Preferred recognition and incentives", text(recognition));
        fields.put("Goal flexibility", PactFormat.words(flexibility));
        fields.put("Flexibility note", text(flexibilityNote));
        return fields;
    }
}
