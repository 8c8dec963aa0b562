package com.salespact.reviews;

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

        public String summary() {
            StringBuilder text = new StringBuilder("Close a gap of ")
                    .append(String.format(java.util.Locale.ENGLISH, "%,.0f", gap)).append(" in ")
                    .append(weeksLeft).append(weeksLeft == 1 ? " week" : " weeks");
            perWeek.ifPresent(result -> text.append(": ").append(result.opportunitiesPerWeek().toPlainString())
                    .append(" new opportunities, ").append(result.meetingsPerWeek().toPlainString())
                    .append(" meetings and ").append(result.callsPerWeek().toPlainString()).append(" calls a week"));
            rung.ifPresent(reached -> text.append(". Ladder rung ").append(rungPosition).append(" of ").append(rungCount)
                    .append(" reached: ").append(reached.consequence()));
            return text.append('.').toString();
        }
    }
}
