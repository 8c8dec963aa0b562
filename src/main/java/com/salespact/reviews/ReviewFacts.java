package com.salespact.reviews;

import com.salespact.activities.query.ScoreLine;
import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.Messages;
import com.salespact.base.Pace;
import com.salespact.deals.Stage;
import com.salespact.pact.query.CommitmentActual;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a review is prepared from: sales against goal and pace, the week's minimum standards, pipeline changes since
 * the last 1:1, the open action items, and for a quarterly review the quarter month by month and week by week.
 * Computed live until the review is held; then frozen as JSON in {@code review.facts_snapshot} ({@link FactsJson}).
 *
 * @param moment   when the facts were read (the hold moment for a held review)
 * @param baseline the start of "since last time": the previous review's hold moment, or a week before
 * @param week     the week whose minimum standards are shown
 * @param quarter  the review's quarter to date
 * @param breakdown months and weeks of the quarter; only for quarterly plan reviews, else null
 * @param commitments the manager's side of the pact in force, measured over the review's period up to the facts'
 *                    day (two-sided accountability); empty without a signed pact and in snapshots from before
 */
public record ReviewFacts(int format, LocalDate asOf, Instant moment, Instant baseline, DateRange week,
                          PeriodSales quarter, List<ScoreFact> scorecard, List<PipelineChange> pipeline,
                          List<OpenDeal> openDeals, List<ActionFact> actions, QuarterBreakdown breakdown,
                          List<CommitmentActual> commitments) {

    public static final int FORMAT = 1;

    public ReviewFacts {
        scorecard = scorecard == null ? List.of() : List.copyOf(scorecard);
        pipeline = pipeline == null ? List.of() : List.copyOf(pipeline);
        openDeals = openDeals == null ? List.of() : List.copyOf(openDeals);
        actions = actions == null ? List.of() : List.copyOf(actions);
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
    }

    /**
     * What a reason (why up or down) may be about: each month and week of a quarterly review's quarter, else the
     * week under review (a 1:1).
     */
    public List<String> reasonPeriods() {
        if (breakdown != null) {
            return java.util.stream.Stream.concat(breakdown.months().stream(), breakdown.weeks().stream())
                    .map(PeriodSales::label).toList();
        }
        return week == null ? List.of() : List.of(weekLabel(week));
    }

    /** "W41" — the ISO week number, which reps and managers say aloud in the meeting. */
    public static String weekLabel(DateRange week) {
        return Messages.text("calendar.week", String.valueOf(FiscalCalendar.isoWeekNumber(week.start())));
    }

    public List<PipelineChange> changes(PipelineChange.Kind kind) {
        return pipeline.stream().filter(change -> change.kind() == kind).toList();
    }

    /** Won since the last 1:1: listed as celebrations. */
    public List<PipelineChange> wins() {
        return changes(PipelineChange.Kind.WON);
    }

    public BigDecimal wonSinceBaseline() {
        return wins().stream().map(PipelineChange::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal openPipeline() {
        return openDeals.stream().map(OpenDeal::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Won revenue against target for a stretch of time, as of the facts' day. */
    public record PeriodSales(String label, DateRange range, BigDecimal actual, BigDecimal target,
                              BigDecimal dueTarget, BigDecimal grossProfit, BigDecimal grossProfitTarget) {

        /** actual ÷ target due by the day (pro-rated by working days); null when nothing was due. */
        public BigDecimal attainment() {
            return Pace.attainment(actual, dueTarget);
        }

        public Pace pace() {
            return Pace.of(attainment());
        }

        /** Ahead (positive) or behind (negative) of what was due. */
        public BigDecimal gap() {
            return actual.subtract(dueTarget);
        }
    }

    /** One minimum standard of the week. */
    public record ScoreFact(String metric, int actual, int minimum, Pace pace) {

        /** The pace to colour with; null for a standard the pact leaves out ({@link ScoreLine#hasStandard}). */
        public Pace shownPace() {
            return ScoreLine.hasStandard(minimum) ? pace : null;
        }

        public String figure() {
            return ScoreLine.figure(actual, minimum);
        }

        public boolean met() {
            return actual >= minimum;
        }
    }

    /** An open deal at the moment: its close date is the baseline for "close date pushed out" next time. */
    public record OpenDeal(long dealId, Stage stage, LocalDate expectedClose, BigDecimal amount) {
    }

    public record ActionFact(long id, String text, String ownerName, LocalDate dueDate, boolean done,
                             boolean overdue) {
    }

    public record QuarterBreakdown(List<PeriodSales> months, List<PeriodSales> weeks) {

        public QuarterBreakdown {
            months = List.copyOf(months);
            weeks = List.copyOf(weeks);
        }
    }
}
