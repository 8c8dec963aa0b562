package com.salespact.pact;

import com.salespact.base.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sales formula's inputs the manager set by hand; null means "from the rep's history". Rates are percentages:
 * win rate = wins per 100 opportunities, meeting conversion = opportunities per 100 meetings, call conversion =
 * meetings per 100 calls.
 */
public record FormulaOverrides(BigDecimal averageDealSize, BigDecimal winRatePercent,
                               BigDecimal meetingToOpportunityPercent, BigDecimal callToMeetingPercent,
                               Integer sellingWeeks) {

    public static final FormulaOverrides NONE = new FormulaOverrides(null, null, null, null, null);
    public static final int DEFAULT_SELLING_WEEKS = 46;

    public int weeks() {
        return sellingWeeks == null ? DEFAULT_SELLING_WEEKS : sellingWeeks;
    }

    List<StepProblem> problems() {
        List<StepProblem> problems = new ArrayList<>();
        if (averageDealSize != null && averageDealSize.signum() <= 0) {
            problems.add(problem("averageDealSize", Messages.text("pact.rule.deal-size-positive")));
        }
        checkPercent(problems, "winRatePercent", winRatePercent);
        checkPercent(problems, "meetingToOpportunityPercent", meetingToOpportunityPercent);
        checkPercent(problems, "callToMeetingPercent", callToMeetingPercent);
        if (sellingWeeks != null && (sellingWeeks < 1 || sellingWeeks > 53)) {
            problems.add(problem("sellingWeeks", Messages.text("pact.rule.weeks-range", "1", "53")));
        }
        return problems;
    }

    private static void checkPercent(List<StepProblem> problems, String field, BigDecimal value) {
        if (value != null && (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            problems.add(problem(field, Messages.text("pact.rule.rate-range", "0", "100")));
        }
    }

    private static StepProblem problem(String field, String message) {
        return new StepProblem(PactStep.ROLE, field, message);
    }

    Map<String, String> fields() {
        return fields(PactReading.PLAIN);
    }

    /** The inputs as typed, amounts in the reading's currency. */
    Map<String, String> fields(PactReading reading) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(Messages.text("pact.field.formula.deal-size"), averageDealSize == null ? fromHistory()
                : reading.money(averageDealSize));
        fields.put(Messages.text("pact.field.formula.win-rate"), percent(winRatePercent));
        fields.put(Messages.text("pact.field.formula.meeting-to-opp"), percent(meetingToOpportunityPercent));
        fields.put(Messages.text("pact.field.formula.call-to-meeting"), percent(callToMeetingPercent));
        fields.put(Messages.text("pact.field.formula.weeks"), PactFormat.number(BigDecimal.valueOf(weeks())));
        return fields;
    }

    private static String percent(BigDecimal value) {
        return value == null ? fromHistory() : PactFormat.percent(value);
    }

    private static String fromHistory() {
        return Messages.text("pact.formula.from-history");
    }
}
