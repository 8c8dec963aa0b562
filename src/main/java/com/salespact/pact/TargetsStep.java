package com.salespact.pact;

import static com.salespact.pact.StepContent.blank;
import static com.salespact.pact.StepContent.text;

import com.salespact.base.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step 1: the period the pact covers, revenue and gross-profit targets for it, the minimum acceptable standards, the
 * plan and how it fits the team's.
 */
public record TargetsStep(PactPeriod period, BigDecimal revenueTarget, BigDecimal grossProfitTarget,
                          List<MasLine> masLines, String plan, String alignment) implements StepContent {

    public TargetsStep {
        masLines = masLines == null ? List.of() : List.copyOf(masLines);
    }

    /** A step without a chosen period (documents written before pacts had one). */
    public TargetsStep(BigDecimal revenueTarget, BigDecimal grossProfitTarget, List<MasLine> masLines, String plan,
                       String alignment) {
        this(null, revenueTarget, grossProfitTarget, masLines, plan, alignment);
    }

    public TargetsStep withPeriod(PactPeriod chosen) {
        return new TargetsStep(chosen, revenueTarget, grossProfitTarget, masLines, plan, alignment);
    }

    public TargetsStep withTargets(BigDecimal revenue, BigDecimal grossProfit) {
        return new TargetsStep(period, revenue, grossProfit, masLines, plan, alignment);
    }

    public TargetsStep withMasLines(List<MasLine> lines) {
        return new TargetsStep(period, revenueTarget, grossProfitTarget, lines, plan, alignment);
    }

    /** The sales formula's standards agreed: they replace the same metrics; the other agreed lines stay. */
    public TargetsStep withFormulaStandards(List<MasLine> computed) {
        return withMasLines(formulaReplaces(masLines, computed));
    }

    /** {@code computed} first, then each line of {@code agreed} whose metric the formula does not set. */
    public static List<MasLine> formulaReplaces(List<MasLine> agreed, List<MasLine> computed) {
        List<MasLine> merged = new java.util.ArrayList<>(computed);
        agreed.stream().filter(line -> computed.stream().noneMatch(c -> c.metric() == line.metric()))
                .forEach(merged::add);
        return merged;
    }

    @Override
    public PactStep step() {
        return PactStep.TARGETS;
    }

    @Override
    public List<StepProblem> problems() {
        List<StepProblem> problems = new ArrayList<>();
        if (period == null) {
            problems.add(problem("period", Messages.text("pact.rule.period-required")));
        }
        if (revenueTarget == null || revenueTarget.signum() <= 0) {
            problems.add(problem("revenueTarget", Messages.text("pact.rule.revenue-required")));
        }
        if (grossProfitTarget == null || grossProfitTarget.signum() < 0) {
            problems.add(problem("grossProfitTarget", Messages.text("pact.rule.gp-required")));
        } else if (revenueTarget != null && grossProfitTarget.compareTo(revenueTarget) > 0) {
            problems.add(problem("grossProfitTarget", Messages.text("pact.rule.gp-above-revenue")));
        }
        if (masLines.isEmpty()) {
            problems.add(problem("masLines", Messages.text("pact.rule.standard-required")));
        }
        Set<MasMetric> seen = EnumSet.noneOf(MasMetric.class);
        for (int row = 0; row < masLines.size(); row++) {
            MasLine line = masLines.get(row);
            if (line.metric() == null || line.per() == null || line.minimum() == null) {
                problems.add(rowProblem(row, Messages.text("pact.rule.standard-incomplete")));
            } else if (line.minimum().signum() < 0) {
                problems.add(rowProblem(row, Messages.text("pact.rule.standard-negative")));
            } else if (!seen.add(line.metric())) {
                problems.add(rowProblem(row, Messages.text("pact.rule.standard-twice", PactFormat.words(line.metric()))));
            }
        }
        if (blank(plan)) {
            problems.add(problem("plan", Messages.text("pact.rule.plan-required")));
        }
        return problems;
    }

    private static StepProblem problem(String field, String message) {
        return new StepProblem(PactStep.TARGETS, field, message);
    }

    private static StepProblem rowProblem(int row, String message) {
        return new StepProblem(PactStep.TARGETS, "masLines", message, row);
    }

    @Override
    public Map<String, String> fields() {
        return fields(PactReading.PLAIN);
    }

    @Override
    public Map<String, String> fields(PactReading reading) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(Messages.text("pact.field.period"), PactFormat.dateRange(period));
        fields.put(Messages.text("pact.field.revenue"), reading.money(revenueTarget));
        fields.put(Messages.text("pact.field.gp"), reading.money(grossProfitTarget));
        for (MasLine line : masLines) {
            fields.put(Messages.text("pact.field.minimum", PactFormat.words(line.metric())), PactFormat.standard(line));
        }
        fields.put(Messages.text("pact.field.plan"), text(plan));
        fields.put(Messages.text("pact.field.alignment"), text(alignment));
        return fields;
    }

    /** The weekly floor for a metric, if the pact sets one (monthly or quarterly minimums converted). */
    public java.util.Optional<BigDecimal> weeklyMinimum(MasMetric metric) {
        return masLines.stream().filter(line -> line.metric() == metric && line.minimum() != null && line.per() != null)
                .findFirst().map(line -> line.per().toWeekly(line.minimum()));
    }
}
