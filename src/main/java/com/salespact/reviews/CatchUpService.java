package com.salespact.reviews;

import com.salespact.activities.query.ScorecardQuery;
import com.salespact.activities.query.WeekScorecard;
import com.salespact.base.CompanySettings;
import com.salespact.base.Formats;
import com.salespact.base.Messages;
import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.Pace;
import com.salespact.goals.query.PaceQuery;
import com.salespact.goals.query.RepPace;
import com.salespact.pact.ConsequenceLadder;
import com.salespact.pact.ConsequenceLadder.Shortfall;
import com.salespact.pact.FormulaOverrides;
import com.salespact.pact.LadderPosition;
import com.salespact.pact.LadderRung;
import com.salespact.pact.LadderService;
import com.salespact.pact.PactService;
import com.salespact.pact.SignedTerms;
import com.salespact.people.AccessGuard;
import com.salespact.people.NotificationService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Catch-up plans: when a rep's pace turns amber or red, or a minimum standard was missed, the app drafts a plan from
 * the rep's sales formula (what is left of the quarter over the weeks left), puts it on the next 1:1's agenda with
 * the weekly numbers as the rep's action items, names the rung of the pact's consequence ladder that is reached, and
 * tracks the plan week by week. Scoped like reviews: a rep sees their own, a manager their team's.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class CatchUpService {

    private static final Logger LOG = LoggerFactory.getLogger(CatchUpService.class);
    /** The bell's (and the mail's) kind for a plan drafted: the rep and the manager of the 1:1 are told. */
    static final String DRAFTED = "CATCH_UP_DRAFTED";
    /** How far back missed weeks are counted. */
    static final int WEEKS_LOOKED_BACK = 6;

    private final CatchUpPlanRepository plans;
    private final ReviewService reviews;
    private final PactService pacts;
    private final LadderService ladder;
    private final PaceQuery paceQuery;
    private final ScorecardQuery scorecards;
    private final AccessGuard guard;
    private final FiscalCalendar calendar;
    private final CompanySettings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final ReviewRepository reviewRows;
    private final NotificationService notifications;

    CatchUpService(CatchUpPlanRepository plans, ReviewService reviews, ReviewRepository reviewRows, PactService pacts,
                   LadderService ladder, PaceQuery paceQuery, ScorecardQuery scorecards, AccessGuard guard,
                   CompanySettings settings, Clock clock, PlatformTransactionManager transactions,
                   NotificationService notifications) {
        this.plans = plans;
        this.reviews = reviews;
        this.reviewRows = reviewRows;
        this.notifications = notifications;
        this.pacts = pacts;
        this.ladder = ladder;
        this.paceQuery = paceQuery;
        this.scorecards = scorecards;
        this.guard = guard;
        this.calendar = settings.calendar();
        this.settings = settings;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Where the rep stands against the quarter and their standards, and whether a plan is needed. */
    @Transactional(readOnly = true)
    public CatchUpView.Assessment assess(long repId) {
        guard.checkOwner(repId);
        LocalDate today = LocalDate.now(clock);
        RepPace pace = paceQuery.rep(repId, calendar.quarterOf(today), today);
        Shortfall shortfall = shortfall(repId, today);
        Pace now = Pace.of(pace.attainment());
        return new CatchUpView.Assessment(now, pace.attainment(), shortfall.consecutiveMissedWeeks(),
                shortfall.missedMonth(), shortfall.missedQuarter(), CatchUpPlanner.needed(now, shortfall));
    }

    /**
     * Drafts a plan for a rep who is behind, unless one is open already; it goes on the next 1:1's agenda and its
     * weekly numbers become the rep's action items.
     * @return the open plan (new or existing), empty when the rep is on track
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<CatchUpView> draftIfBehind(long repId) {
        // Drafts for one rep queue on a lock of the rep's row; the unique key is the last word for a plan inserted
        // without that lock (on H2, whose foreign keys take no row locks, such an insert does not wait for it). Its own transaction, so a refused insert rolls back here and the caller
        // still gets an answer.
        try {
            return transaction.execute(status -> draft(repId));
        } catch (DataIntegrityViolationException | ConcurrencyFailureException refused) {
            // Two nodes (or the morning check and a manager) drafted at the same moment: the database kept one open
            // plan per rep (uq_catch_up_plan_open_rep) and refused this one with its agenda and action items.
            // PostgreSQL says so as a duplicate key; H2 as a lock timeout when the other commits late.
            Optional<CatchUpView> theirs = transaction.execute(status -> openPlan(repId).map(this::view));
            if (theirs == null || theirs.isEmpty()) {
                throw refused;
            }
            LOG.debug("Catch-up plan for rep {} refused: drafted elsewhere at the same moment; keeping plan {}", repId,
                    theirs.get().planId());
            return theirs;
        }
    }

    private Optional<CatchUpView> draft(long repId) {
        guard.checkOwner(repId);
        Optional<CatchUpPlan> open = openPlan(repId);
        if (open.isPresent()) {
            return Optional.of(view(open.get()));
        }
        LocalDate today = LocalDate.now(clock);
        DateRange quarter = calendar.quarterOf(today);
        RepPace pace = paceQuery.rep(repId, quarter, today);
        Shortfall shortfall = shortfall(repId, today);
        if (!CatchUpPlanner.needed(Pace.of(pace.attainment()), shortfall)) {
            return Optional.empty();
        }
        Optional<SignedTerms> terms = pacts.signedTerms(repId);
        FormulaOverrides agreed = terms.map(t -> t.document().role().formula()).orElse(FormulaOverrides.NONE);
        LadderPosition standing = terms.isPresent() ? ladder.standing(repId).orElse(null) : null;
        int daysLeft = today.isBefore(quarter.end()) ? new DateRange(today.plusDays(1), quarter.end()).workingDays() : 0;
        CatchUpPlanner.CatchUpDraft draft = CatchUpPlanner.draft(pace.target(), pace.actualRevenue(), daysLeft,
                (amount, overrides) -> pacts.formula(repId, amount, overrides), agreed, standing);
        // The rep's row is locked for the writing only: the reads above take longest, and while it is held other
        // writes for this rep (on PostgreSQL every insert naming the rep) wait. Then look again: a draft that held
        // the lock before this one has committed its plan by now.
        plans.lockRep(repId);
        Optional<CatchUpPlan> meanwhile = openPlan(repId);
        if (meanwhile.isPresent()) {
            LOG.debug("Catch-up plan for rep {} drafted meanwhile elsewhere; keeping plan {}", repId,
                    meanwhile.get().getId());
            return Optional.of(view(meanwhile.get()));
        }
        ReviewRow next = reviews.nextOneOnOne(repId);
        Formats formats = settings.userFormats();
        String summary = draft.summary(formats);
        CatchUpPlan plan = plans.saveAndFlush(new CatchUpPlan(repId, next.id(), draft, summary, clock.instant()));
        reviews.addAgendaItem(next.id(), Messages.text("catchup.agenda", summary), false);
        draft.perWeek().ifPresent(perWeek -> {
            LocalDate due = today.plusWeeks(1);
            reviews.addActionItemForRep(repId, repId, Messages.text("catchup.action",
                    CatchUpPlanner.weekly(formats, perWeek.opportunitiesPerWeek()),
                    CatchUpPlanner.weekly(formats, perWeek.meetingsPerWeek()),
                    CatchUpPlanner.weekly(formats, perWeek.callsPerWeek())), due, plan.getId());
        });
        tellBothSides(next, draft);
        return Optional.of(view(plan));
    }

    /**
     * The rep and the manager of the 1:1 the plan is on are told, in this transaction (so only a plan that commits
     * is told of), each in their own language, and sent to that 1:1, where the plan is shown.
     */
    private void tellBothSides(ReviewRow next, CatchUpPlanner.CatchUpDraft draft) {
        String link = ReviewLinks.review(next.id());
        long managerId = reviewRows.findById(next.id()).map(Review::getManagerId).orElseThrow();
        notifications.notify(next.repId(), DRAFTED, () -> Messages.text("catchup.notify.rep",
                draft.summary(settings.userFormats()), settings.userFormats().weekdayDayMonth(next.scheduledFor())),
                link);
        if (managerId != next.repId()) {
            notifications.notify(managerId, DRAFTED, () -> Messages.text("catchup.notify.manager", next.repName(),
                    draft.summary(settings.userFormats()), settings.userFormats().weekdayDayMonth(next.scheduledFor())),
                    link);
        }
    }

    /** The plan discussed in a review (the one drafted onto its agenda), if any. */
    @Transactional(readOnly = true)
    public Optional<CatchUpView> forReview(long reviewId, long repId) {
        guard.checkOwner(repId);
        return plans.findFirstByReviewIdOrderByCreatedAtDesc(reviewId).filter(plan -> plan.getRepId() == repId)
                .or(() -> openPlan(repId)).map(this::view);
    }

    @Transactional(readOnly = true)
    public Optional<CatchUpView> open(long repId) {
        guard.checkOwner(repId);
        return openPlan(repId).map(this::view);
    }

    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public CatchUpView agree(long planId) {
        CatchUpPlan plan = load(planId);
        plan.agree();
        return view(plans.saveAndFlush(plan));
    }

    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public CatchUpView close(long planId) {
        CatchUpPlan plan = load(planId);
        plan.close();
        return view(plans.saveAndFlush(plan));
    }

    private CatchUpPlan load(long planId) {
        CatchUpPlan plan = plans.findById(planId)
                .orElseThrow(() -> com.salespact.base.RuleViolation.of("catchup.gone"));
        guard.checkOwner(plan.getRepId());
        return plan;
    }

    private Optional<CatchUpPlan> openPlan(long repId) {
        return plans.findByRepIdAndStatusNotOrderByCreatedAtDesc(repId, CatchUpStatus.CLOSED).stream().findFirst();
    }

    /** Consecutive complete weeks with a standard missed (back from last week), and last month's and quarter's result. */
    private Shortfall shortfall(long repId, LocalDate today) {
        int missed = 0;
        DateRange week = FiscalCalendar.isoWeekOf(FiscalCalendar.isoWeekOf(today).start().minusDays(1));
        for (int i = 0; i < WEEKS_LOOKED_BACK; i++) {
            if (scorecards.rep(repId, week, week.end()).allMet()) {
                break;
            }
            missed++;
            week = FiscalCalendar.isoWeekOf(week.start().minusDays(1));
        }
        DateRange lastMonth = calendar.monthOf(calendar.monthOf(today).start().minusDays(1));
        DateRange lastQuarter = calendar.quarterOf(calendar.quarterOf(today).start().minusDays(1));
        return new Shortfall(missed, below(repId, lastMonth), below(repId, lastQuarter));
    }

    private boolean below(long repId, DateRange period) {
        BigDecimal share = paceQuery.rep(repId, period, period.end()).shareOfTarget();
        return share != null && share.compareTo(BigDecimal.ONE) < 0;
    }

    private CatchUpView view(CatchUpPlan plan) {
        Optional<SignedTerms> terms = pacts.signedTerms(plan.getRepId());
        ConsequenceLadder ladder = terms.map(SignedTerms::ladder).orElse(null);
        LadderRung rung = ladder == null || plan.getLadderRung() == null || plan.getLadderRung() > ladder.rungs().size()
                ? null : ladder.rungs().get(plan.getLadderRung() - 1);
        LocalDate today = LocalDate.now(clock);
        List<CatchUpView.Week> weeks = new ArrayList<>();
        DateRange week = FiscalCalendar.isoWeekOf(plan.getCreatedAt().atZone(clock.getZone()).toLocalDate());
        while (!week.start().isAfter(today) && weeks.size() < 13) {
            WeekScorecard card = scorecards.rep(plan.getRepId(), week, today.isBefore(week.end()) ? today : week.end());
            weeks.add(CatchUpView.Week.of(card, plan));
            week = FiscalCalendar.isoWeekOf(week.end().plusDays(1));
        }
        return new CatchUpView(plan.getId(), plan.getRepId(), plan.getReviewId(), plan.getStatus(), plan.getCreatedAt(),
                plan.getGap().setScale(0, RoundingMode.HALF_UP), plan.getWeeksLeft(), plan.getOpportunitiesPerWeek(),
                plan.getMeetingsPerWeek(), plan.getCallsPerWeek(), plan.getLadderRung(),
                ladder == null ? 0 : ladder.rungs().size(), rung, plan.getSummary(), weeks);
    }
}
