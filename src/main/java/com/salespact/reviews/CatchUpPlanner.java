package com.salespact.reviews;

import com.salespact.base.Formats;
import com.salespact.base.Messages;
import com.salespact.base.Pace;
import com.salespact.pact.ConsequenceLadder.Shortfall;
import com.salespact.pact.FormulaOverrides;
import com.salespact.pact.LadderPosition;
import com.salespact.pact.LadderRung;
import com.salespact.pact.SalesFormula;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Drafts a catch-up plan: what is left of the quarter's target, over the selling weeks left, run through the rep's
 * sales formula, gives the opportunities, meetings and calls needed per week from now; the rep's standing on the
 * pact's live consequence ladder names the rung reached. Pure arithmetic, no Spring.
 */
public final class CatchUpPlanner {

    private CatchUpPlanner() {
    }

    /** A plan is drafted when the pace is amber or red, or a minimum standard was missed last week. */
    public static boolean needed(Pace pace, Shortfall shortfall) {
        return pace != Pace.ON_TRACK || shortfall.consecutiveMissedWeeks() > 0;
    }

    /** Selling weeks left: working days left ÷ 5, rounded up, at least one. */
    public static int weeksLeft(int workingDaysLeft) {
        return Math.max(1, (workingDaysLeft + 4) / 5);
    }

    /**
     * @param formula the rep's sales formula for an amount and a set of inputs (their history, the team's, overrides)
     * @param agreed the formula inputs agreed in the pact (null: none)
     */
    public static CatchUpDraft draft(BigDecimal target, BigDecimal actual, int workingDaysLeft,
                                     BiFunction<BigDecimal, FormulaOverrides, SalesFormula> formula,
                                     FormulaOverrides agreed, LadderPosition standing) {
        BigDecimal gap = target.subtract(actual).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        int weeks = weeksLeft(workingDaysLeft);
        FormulaOverrides base = agreed == null ? FormulaOverrides.NONE : agreed;
        FormulaOverrides overWeeksLeft = new FormulaOverrides(base.averageDealSize(), base.winRatePercent(),
                base.meetingToOpportunityPercent(), base.callToMeetingPercent(), weeks);
        SalesFormula computed = formula.apply(gap.signum() == 0 ? null : gap, overWeeksLeft);
        // The rung is the live ladder's (evaluated every week on the pact's own triggers), never a second opinion.
        Optional<LadderRung> rung = standing == null || !standing.reached() ? Optional.empty()
                : Optional.of(new LadderRung(standing.trigger(), standing.consequence()));
        return new CatchUpDraft(gap, weeks, computed.result(), computed.usesTeamHistory(), rung,
                rung.isPresent() ? standing.rung() : 0, standing == null ? 0 : standing.rungCount());
    }

    /** The drafted numbers. {@code perWeek} is empty when the gap is closed or the formula lacks inputs. */
    public record CatchUpDraft(BigDecimal gap, int weeksLeft, Optional<SalesFormula.Result> perWeek,
                               boolean usesTeamHistory, Optional<LadderRung> rung, int rungPosition, int rungCount) {

        /** The plan in one sentence, in the user's language, amounts and figures as {@code formats} writes them. */
        public String summary(Formats formats) {
            String text = perWeek.map(result -> Messages.text("catchup.summary.per-week", formats.money(gap),
                            weeksLeft, weekly(formats, result.opportunitiesPerWeek()),
                            weekly(formats, result.meetingsPerWeek()), weekly(formats, result.callsPerWeek())))
                    .orElseGet(() -> Messages.text("catchup.summary", formats.money(gap), weeksLeft));
            return rung.map(reached -> Messages.text("catchup.summary.rung", text, rungPosition, rungCount,
                    reached.consequence())).orElseGet(() -> Messages.text("catchup.summary.end", text));
        }
    }

    /** A weekly figure ("3.3", "33"): at most one decimal, as the sales formula rounds it. */
    static String weekly(Formats formats, BigDecimal value) {
        return formats.number(value, 1);
    }
}
