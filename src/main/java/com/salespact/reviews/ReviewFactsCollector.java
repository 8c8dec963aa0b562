package com.salespact.reviews;

import com.salespact.activities.query.ScorecardQuery;
import com.salespact.activities.query.WeekScorecard;
import com.salespact.base.CompanySettings;
import com.salespact.base.Formats;
import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.PeriodKind;
import com.salespact.goals.MonthTarget;
import com.salespact.goals.query.PaceQuery;
import com.salespact.goals.query.RepPace;
import com.salespact.pact.PactService;
import com.salespact.pact.query.CommitmentActual;
import com.salespact.pact.query.CommitmentQuery;
import com.salespact.people.AccessGuard;
import com.salespact.people.PeopleService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prepares a review from facts, as of any moment (now for an upcoming review, the hold moment when it is held, a past
 * day for the demo history): sales against goal and pace ({@link PaceQuery}), the week's minimum standards
 * ({@link ScorecardQuery}), pipeline changes since the last review ({@link PipelineRows}), open action items,
 * the manager's pact commitments over the review's period ({@link CommitmentQuery}), and for a quarterly review the
 * quarter month by month and week by week.
 */
@Component
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'REP')")
public class ReviewFactsCollector {

    /** "Since last time" when there was no earlier review. */
    static final Duration DEFAULT_LOOK_BACK = Duration.ofDays(7);


    private final PaceQuery pace;
    private final ScorecardQuery scorecard;
    private final PipelineRows pipeline;
    private final WonDealRows wonDeals;
    private final ReviewRepository reviews;
    private final ActionItemRepository actions;
    private final PeopleService people;
    private final PactService pacts;
    private final CommitmentQuery commitmentQuery;
    private final AccessGuard guard;
    private final FiscalCalendar calendar;
    private final CompanySettings settings;
    private final ZoneId zone;

    ReviewFactsCollector(PaceQuery pace, ScorecardQuery scorecard, PipelineRows pipeline,
                         WonDealRows wonDeals, ReviewRepository reviews, ActionItemRepository actions, PeopleService people,
                         PactService pacts, CommitmentQuery commitmentQuery, AccessGuard guard,
                         CompanySettings settings, Clock clock) {
        this.pace = pace;
        this.scorecard = scorecard;
        this.pipeline = pipeline;
        this.wonDeals = wonDeals;
        this.reviews = reviews;
        this.actions = actions;
        this.people = people;
        this.pacts = pacts;
        this.commitmentQuery = commitmentQuery;
        this.guard = guard;
        this.calendar = settings.calendar();
        this.settings = settings;
        this.zone = clock.getZone();
    }

    /**
     * @param reviewId the review (its own action items are listed); null for one not saved yet
     * @param period   the period the review looks at (a week, or a quarter for a quarterly plan review)
     * @throws org.springframework.security.access.AccessDeniedException for a rep outside the caller's scope
     */
    public ReviewFacts collect(long repId, Long reviewId, ReviewKind kind, DateRange period, Instant moment) {
        return collect(repId, reviewId, kind, period, moment, false);
    }

    /**
     * @param holding the review is being marked held at {@code moment}: a 1:1 held inside the week it reviews keeps
     *                the manager's 1:1 commitment for that week, so its frozen facts count it
     */
    public ReviewFacts collect(long repId, Long reviewId, ReviewKind kind, DateRange period, Instant moment,
                               boolean holding) {
        guard.checkOwner(repId);
        return facts(repId, reviewId, kind, period, moment, holding,
                reviews.lastHeldBefore(repId, null, moment, reviewId), actions.findByRepIdOrderByCreatedAt(repId));
    }

    /**
     * For a caller that has read them already ({@link ReviewService} shows them beside the facts), so they are read
     * once.
     * @param previous the rep's review held last before {@code moment} (any kind), not counting {@code reviewId}
     * @param repItems all the rep's action items, oldest first
     */
    ReviewFacts collect(long repId, Long reviewId, ReviewKind kind, DateRange period, Instant moment,
                        boolean holding, Optional<Review> previous, List<ActionItem> repItems) {
        guard.checkOwner(repId);
        return facts(repId, reviewId, kind, period, moment, holding, previous, repItems);
    }

    private ReviewFacts facts(long repId, Long reviewId, ReviewKind kind, DateRange period, Instant moment,
                              boolean holding, Optional<Review> previous, List<ActionItem> repItems) {
        LocalDate asOf = LocalDate.ofInstant(moment, zone);
        Instant baseline = previous.map(Review::getHeldAt).orElse(moment.minus(DEFAULT_LOOK_BACK));
        Map<Long, LocalDate> priorCloseDates = new HashMap<>();
        previous.map(Review::snapshot).ifPresent(snapshot -> snapshot.openDeals()
                .forEach(deal -> priorCloseDates.put(deal.dealId(), deal.expectedClose())));

        List<DealTrack> tracks = pipeline.tracks(repId, baseline, moment, zone);
        List<PipelineChange> changes = PipelineChanges.classify(tracks, baseline, moment, zone, priorCloseDates);
        List<ReviewFacts.OpenDeal> open = tracks.stream()
                .filter(track -> track.stageAt() != null && track.stageAt().isOpen())
                .sorted(Comparator.comparing(DealTrack::expectedClose).thenComparing(DealTrack::dealId))
                .map(track -> new ReviewFacts.OpenDeal(track.dealId(), track.stageAt(), track.expectedClose(),
                        track.amount()))
                .toList();

        DateRange week = kind == ReviewKind.QUARTERLY_PLAN ? ReviewPeriods.weekUnderReview(asOf) : period;
        DateRange quarter = kind == ReviewKind.QUARTERLY_PLAN ? period : calendar.quarterOf(asOf);
        ReviewFacts.QuarterBreakdown breakdown = kind == ReviewKind.QUARTERLY_PLAN
                ? breakdown(repId, quarter, asOf) : null;
        return new ReviewFacts(ReviewFacts.FORMAT, asOf, moment, baseline, week,
                sales(repId, calendar.quarterLabel(quarter.start()), quarter, asOf),
                scorecard(repId, week, asOf), changes, open,
                actionFacts(reviewId, previous.map(Review::getHeldAt).orElse(null), moment, asOf, repItems), breakdown,
                commitments(repId, reviewId, kind, period, asOf, holding));
    }

    /**
     * The manager's commitments of the pact in force on the facts' day, measured over the review's own period (its
     * week, or its quarter) up to that day: read for the review's period, never for "now".
     */
    private List<CommitmentActual> commitments(long repId, Long reviewId, ReviewKind kind, DateRange period,
                                               LocalDate asOf, boolean holding) {
        LocalDate day = asOf.isAfter(period.end()) ? period.end() : asOf;
        Long counted = holding && kind == ReviewKind.WEEKLY_ONE_ON_ONE && period.contains(asOf) ? reviewId : null;
        return pacts.termsInForce(repId, day)
                .map(terms -> commitmentQuery.inPeriod(repId, terms.versionId(), period, asOf, counted))
                .orElse(List.of());
    }

    /** Won revenue up to {@code asOf} against the period's target and what was due by then. */
    ReviewFacts.PeriodSales sales(long repId, String label, DateRange period, LocalDate asOf) {
        RepPace whole = pace.rep(repId, period, asOf);
        if (!asOf.isBefore(period.end())) {
            return new ReviewFacts.PeriodSales(label, period, whole.actualRevenue(), whole.target(),
                    whole.dueTarget(), whole.actualGrossProfit(), whole.grossProfitTarget());
        }
        // Deals won after asOf (a review held in the past) are not part of what was true then.
        List<WonDealRows.DayWon> won = asOf.isBefore(period.start()) ? List.of()
                : wonDeals.byDay(repId, new DateRange(period.start(), asOf));
        return new ReviewFacts.PeriodSales(label, period,
                won.stream().map(WonDealRows.DayWon::revenue).reduce(BigDecimal.ZERO, BigDecimal::add),
                whole.target(), whole.dueTarget(),
                won.stream().map(WonDealRows.DayWon::grossProfit).reduce(BigDecimal.ZERO, BigDecimal::add),
                whole.grossProfitTarget());
    }

    private List<ReviewFacts.ScoreFact> scorecard(long repId, DateRange week, LocalDate asOf) {
        WeekScorecard card = scorecard.rep(repId, week, asOf.isBefore(week.end()) ? asOf : week.end());
        return card.lines().stream().map(line -> new ReviewFacts.ScoreFact(line.metric().name(), line.actual(),
                line.minimum(), line.pace())).toList();
    }

    /**
     * The quarter month by month and week by week: the month targets from {@link PaceQuery} (pro-rated to weeks by
     * {@link MonthTarget}, as PaceQuery itself does) and the won deals by day, summed into each bucket.
     */
    private ReviewFacts.QuarterBreakdown breakdown(long repId, DateRange quarter, LocalDate asOf) {
        List<MonthTarget> targets = new ArrayList<>();
        for (DateRange month : PeriodKind.YEAR.buckets(quarter)) {
            RepPace monthPace = pace.rep(repId, month, asOf);
            targets.add(new MonthTarget(month, monthPace.target(), monthPace.grossProfitTarget()));
        }
        List<WonDealRows.DayWon> won = asOf.isBefore(quarter.start()) ? List.of()
                : wonDeals.byDay(repId, new DateRange(quarter.start(), asOf.isBefore(quarter.end()) ? asOf : quarter.end()));
        Formats formats = settings.userFormats();
        List<ReviewFacts.PeriodSales> months = PeriodKind.YEAR.buckets(quarter).stream()
                .map(month -> bucket(formats.shortMonth(month.start()), month, asOf, targets, won)).toList();
        List<ReviewFacts.PeriodSales> weeks = PeriodKind.QUARTER.buckets(quarter).stream()
                .map(week -> bucket(ReviewFacts.weekLabel(week), week, asOf, targets, won)).toList();
        return new ReviewFacts.QuarterBreakdown(months, weeks);
    }

    private static ReviewFacts.PeriodSales bucket(String label, DateRange range, LocalDate asOf,
                                                  List<MonthTarget> targets, List<WonDealRows.DayWon> won) {
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal grossProfit = BigDecimal.ZERO;
        for (WonDealRows.DayWon day : won) {
            if (range.contains(day.day())) {
                revenue = revenue.add(day.revenue());
                grossProfit = grossProfit.add(day.grossProfit());
            }
        }
        return new ReviewFacts.PeriodSales(label, range, revenue,
                sum(targets, month -> month.revenueWithin(range)), sum(targets, month -> month.revenueDueBy(range, asOf)),
                grossProfit, sum(targets, month -> month.grossProfitWithin(range)));
    }

    private static BigDecimal sum(List<MonthTarget> months, java.util.function.Function<MonthTarget, BigDecimal> f) {
        return months.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private List<ReviewFacts.ActionFact> actionFacts(Long reviewId, Instant previousHeldAt, Instant moment,
                                                     LocalDate asOf, List<ActionItem> repItems) {
        Map<Long, String> names = new HashMap<>();
        return CarryOver.itemsFor(reviewId, previousHeldAt, moment, repItems)
                .stream()
                .map(item -> {
                    boolean open = item.isOpenAt(moment);
                    return new ReviewFacts.ActionFact(item.getId(), item.getText(),
                            names.computeIfAbsent(item.getOwnerId(), people::nameOf), item.getDueDate(), !open,
                            open && item.getDueDate() != null && item.getDueDate().isBefore(asOf));
                })
                .toList();
    }
}
