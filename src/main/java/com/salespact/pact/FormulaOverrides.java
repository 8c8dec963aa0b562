package com.salespact.pact;

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
            problems.add(problem("averageDealSize", "Average deal size must be above zero"));
        }
        checkPercent(problems, "winRatePercent", winRatePercent);
        checkPercent(problems, "meetingToOpportunityPercent", meetingToOpportunityPercent);
        checkPercent(problems, "callToMeetingPercent", callToMeetingPercent);
        if (sellingWeeks != null && (sellingWeeks < 1 || sellingWeeks > 53)) {
            problems.add(problem("sellingWeeks", "Selling weeks must be between 1 and 53"));
        }
        return problems;
    }

    private static void checkPercent(List<StepProblem> problems, String field, BigDecimal value) {
        if (value != null && (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            problems.add(problem(field, "A rate is a percentage above 0 and at most 100"));
        }
    }

    private static StepProblem problem(String field, String message) {
        return new StepProblem(PactStep.ROLE, field, message);
    }

    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Formula: average deal size", averageDealSize == null ? "from history" : PactFormat.money(averageDealSize));
        fields.put("Formula: win rate", percent(winRatePercent));
        fields.put("Formula: meetings → opportunities", percent(meetingToOpportunityPercent));
        fields.put("Formula: calls → meetings", percent(callToMeetingPercent));
        fields.put("Formula: selling weeks", String.valueOf(weeks()));
        return fields;
    }

    private static String percent(BigDecimal value) {
        return value == null ? "from history" : PactFormat.number(value) + " %";
    }
}
