package com.salespact.reviews;

import com.salespact.activities.query.WeekScorecard;
import com.salespact.base.DateRange;
import com.salespact.base.Pace;
import com.salespact.pact.LadderRung;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A catch-up plan as the 1:1 shows it: the numbers drafted, the ladder rung reached and what was agreed for it, and
 * each week since with the activity done against the plan.
 */
public record CatchUpView(long planId, long repId, Long reviewId, CatchUpStatus status, Instant createdAt,
                          BigDecimal gap, int weeksLeft, BigDecimal opportunitiesPerWeek, BigDecimal meetingsPerWeek,
                          BigDecimal callsPerWeek, Integer ladderRung, int ladderSize, LadderRung rung, String summary,
                          List<Week> weeks) {

    /** One week of tracking: what was done against the plan's weekly numbers. */
    public record Week(DateRange week, int opportunities, int meetings, int calls, boolean onPlan) {

        static Week of(WeekScorecard card, CatchUpPlan plan) {
            int opportunities = card.line(com.salespact.activities.query.ScoreLine.Metric.NEW_OPPORTUNITIES).actual();
            int meetings = card.line(com.salespact.activities.query.ScoreLine.Metric.MEETINGS).actual();
            int calls = card.line(com.salespact.activities.query.ScoreLine.Metric.CALLS).actual();
            return new Week(card.week(), opportunities, meetings, calls,
                    atLeast(opportunities, plan.getOpportunitiesPerWeek()) && atLeast(meetings, plan.getMeetingsPerWeek())
                            && atLeast(calls, plan.getCallsPerWeek()));
        }

        private static boolean atLeast(int actual, BigDecimal planned) {
            return planned == null || BigDecimal.valueOf(actual).compareTo(planned) >= 0;
        }
    }

    /** What the assessment found, whether or not a plan was drafted. */
    public record Assessment(Pace pace, BigDecimal attainment, int consecutiveMissedWeeks, boolean missedMonth,
                             boolean missedQuarter, boolean needed) {
    }
}
