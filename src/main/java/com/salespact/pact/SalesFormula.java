package com.salespact.pact;

import com.salespact.base.Messages;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Target ÷ average deal size ÷ win rate = opportunities needed; ÷ conversion rates = meetings and calls needed,
 * spread over the selling weeks. Each input says where it came from: the rep's own last twelve months, the team's
 * (when the rep's history is too thin), or the manager's override.
 */
public record SalesFormula(BigDecimal revenueTarget, FormulaInput averageDealSize, FormulaInput winRatePercent,
                           FormulaInput meetingToOpportunityPercent, FormulaInput callToMeetingPercent,
                           int sellingWeeks) {

    private static final MathContext MATH = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public enum Source { OWN, TEAM, OVERRIDE, MISSING }

    /** One input and where it came from. */
    public record FormulaInput(BigDecimal value, Source source) {
        public boolean present() {
            return value != null && value.signum() > 0;
        }
    }

    /** What the formula asks for: the year's wins and opportunities, and per selling week. */
    public record Result(BigDecimal wins, BigDecimal opportunities, BigDecimal opportunitiesPerWeek,
                         BigDecimal meetingsPerWeek, BigDecimal callsPerWeek) {

        /** Whole numbers rounded up, because a floor of 2.3 meetings is met only with 3. */
        public List<MasLine> asMasLines() {
            return List.of(new MasLine(MasMetric.CALLS, ceil(callsPerWeek), Per.WEEK),
                    new MasLine(MasMetric.MEETINGS, ceil(meetingsPerWeek), Per.WEEK),
                    new MasLine(MasMetric.NEW_OPPORTUNITIES, ceil(opportunitiesPerWeek), Per.WEEK));
        }

        private static BigDecimal ceil(BigDecimal value) {
            return value.setScale(0, RoundingMode.CEILING);
        }
    }

    public static SalesFormula of(BigDecimal revenueTarget, FormulaHistory own, FormulaHistory team,
                                  FormulaOverrides overrides) {
        FormulaOverrides set = overrides == null ? FormulaOverrides.NONE : overrides;
        return new SalesFormula(revenueTarget,
                pick(set.averageDealSize(), own, team, FormulaHistory::averageDealSize),
                pick(set.winRatePercent(), own, team, FormulaHistory::winRatePercent),
                pick(set.meetingToOpportunityPercent(), own, team, FormulaHistory::meetingToOpportunityPercent),
                pick(set.callToMeetingPercent(), own, team, FormulaHistory::callToMeetingPercent),
                set.weeks());
    }

    private static FormulaInput pick(BigDecimal override, FormulaHistory own, FormulaHistory team,
                                     Function<FormulaHistory, Optional<BigDecimal>> input) {
        if (override != null) {
            return new FormulaInput(override, Source.OVERRIDE);
        }
        return input.apply(own).map(value -> new FormulaInput(value, Source.OWN))
                .or(() -> input.apply(team).map(value -> new FormulaInput(value, Source.TEAM)))
                .orElse(new FormulaInput(null, Source.MISSING));
    }

    /** True when any input had to come from the team because the rep's own history is too thin. */
    public boolean usesTeamHistory() {
        return List.of(averageDealSize, winRatePercent, meetingToOpportunityPercent, callToMeetingPercent).stream()
                .anyMatch(input -> input.source() == Source.TEAM);
    }

    /** Empty while the target or an input is missing. */
    public Optional<Result> result() {
        if (revenueTarget == null || revenueTarget.signum() <= 0 || sellingWeeks <= 0 || !averageDealSize.present()
                || !winRatePercent.present() || !meetingToOpportunityPercent.present()
                || !callToMeetingPercent.present()) {
            return Optional.empty();
        }
        BigDecimal weeks = BigDecimal.valueOf(sellingWeeks);
        BigDecimal wins = revenueTarget.divide(averageDealSize.value(), MATH);
        BigDecimal opportunities = wins.multiply(HUNDRED).divide(winRatePercent.value(), MATH);
        BigDecimal opportunitiesPerWeek = opportunities.divide(weeks, MATH);
        BigDecimal meetingsPerWeek = opportunitiesPerWeek.multiply(HUNDRED)
                .divide(meetingToOpportunityPercent.value(), MATH);
        BigDecimal callsPerWeek = meetingsPerWeek.multiply(HUNDRED).divide(callToMeetingPercent.value(), MATH);
        return Optional.of(new Result(round(wins), round(opportunities), round(opportunitiesPerWeek),
                round(meetingsPerWeek), round(callsPerWeek)));
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP);
    }

    /**
     * The inputs with the numbers used and where each came from, and what they ask for per week; the labels are
     * those of {@link FormulaOverrides#fields()} so a version read either way still compares field by field.
     */
    Map<String, String> fields(PactReading reading) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (reading.recomputedAsOf() != null) {
            fields.put(Messages.text("pact.field.formula.numbers"), Messages.text("pact.formula.recomputed",
                    PactFormat.date(reading.recomputedAsOf())));
        }
        fields.put(Messages.text("pact.field.formula.deal-size"), sourced(averageDealSize,
                averageDealSize.present() ? reading.money(averageDealSize.value()) : ""));
        fields.put(Messages.text("pact.field.formula.win-rate"), sourced(winRatePercent, percent(winRatePercent)));
        fields.put(Messages.text("pact.field.formula.meeting-to-opp"), sourced(meetingToOpportunityPercent,
                percent(meetingToOpportunityPercent)));
        fields.put(Messages.text("pact.field.formula.call-to-meeting"), sourced(callToMeetingPercent,
                percent(callToMeetingPercent)));
        fields.put(Messages.text("pact.field.formula.weeks"), PactFormat.number(BigDecimal.valueOf(sellingWeeks)));
        fields.put(Messages.text("pact.field.formula.per-week"), result().map(r -> Messages.text(
                        "pact.formula.per-week", PactFormat.number(r.opportunitiesPerWeek()),
                        PactFormat.number(r.meetingsPerWeek()), PactFormat.number(r.callsPerWeek())))
                .orElseGet(() -> Messages.text("pact.formula.not-computed")));
        return fields;
    }

    private static String percent(FormulaInput input) {
        return input.present() ? PactFormat.percent(input.value()) : "";
    }

    private static String sourced(FormulaInput input, String value) {
        return switch (input.source()) {
            case OWN -> Messages.text("pact.formula.sourced.OWN", value);
            case TEAM -> Messages.text("pact.formula.sourced.TEAM", value);
            case OVERRIDE -> Messages.text("pact.formula.sourced.OVERRIDE", value);
            case MISSING -> Messages.text("pact.formula.no-data");
        };
    }
}
