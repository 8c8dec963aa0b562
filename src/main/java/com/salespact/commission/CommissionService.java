package com.salespact.commission;

import com.salespact.base.CompanySettings;
import com.salespact.base.ConcurrentEditException;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.Messages;
import com.salespact.base.PeriodKind;
import com.salespact.base.RuleViolation;
import com.salespact.base.merge.Edit;
import com.salespact.base.merge.Merge;
import com.salespact.deals.Deal;
import com.salespact.deals.DealService;
import com.salespact.deals.Stage;
import com.salespact.people.AccessGuard;
import com.salespact.people.DataScope;
import com.salespact.people.NotificationService;
import com.salespact.people.PeopleService;
import com.salespact.people.PersonSummary;
import com.salespact.people.TeamSummary;
import com.salespact.security.Role;
import com.salespact.security.SignedInUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commission plans, statements and questions, scoped like everything else: a rep reads only their own, a manager
 * their team's, an admin all (wall screens none). A statement is never stored: it is worked out on every read from
 * the won deals, the plan and the period's targets as they are now, so a deal change shows on the next read (and
 * open statement screens re-read on {@code DealChanged}).
 *
 * <p>The period is a fiscal quarter by default (month or year on request); its revenue and minimum GP targets come
 * from the goals feature ({@code PaceQuery#rep}: the rep's annual target spread over the period's months by the
 * seasonality weights). The plan is the one of the period's fiscal year. The rules are in {@link StatementCalculator};
 * {@link Statements} works a statement out.
 *
 * <p>The pact in force governs ({@link StatementBasis}): with a sales pact in force for the period, the statement pays
 * by the commission terms signed with it and measures the accelerator against the pact's targets; it names the
 * version it follows.
 */
@Service
@PreAuthorize("hasAnyRole('REP', 'MANAGER', 'ADMIN')")
public class CommissionService {

    static final String QUESTION_KIND = "COMMISSION_QUESTION";
    static final String ANSWER_KIND = "COMMISSION_ANSWER";
    static final String PLAN_KIND = "COMMISSION_PLAN";

    private final Statements statements;
    private final StatementRows rows;
    private final CommissionPlanRepository plans;
    private final CommissionQueryRepository queries;
    private final DealService deals;
    private final PeopleService people;
    private final NotificationService notifications;
    private final AccessGuard guard;
    private final FiscalCalendar calendar;
    private final CompanySettings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;

    CommissionService(Statements statements, StatementRows rows, CommissionPlanRepository plans,
                      CommissionQueryRepository queries, DealService deals, PeopleService people,
                      NotificationService notifications, AccessGuard guard, CompanySettings settings, Clock clock,
                      PlatformTransactionManager transactions) {
        this.statements = statements;
        this.rows = rows;
        this.plans = plans;
        this.queries = queries;
        this.deals = deals;
        this.people = people;
        this.notifications = notifications;
        this.guard = guard;
        this.calendar = settings.calendar();
        this.settings = settings;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    public FiscalCalendar calendar() {
        return calendar;
    }

    /** How amounts, rates and rule texts are written in the company's currency, for the user being served. */
    public CommissionFormat format() {
        return CommissionFormat.of(settings.userFormats());
    }

    /** What the signed-in person may do on the commission page. */
    public CommissionRights rights() {
        return CommissionRights.of(guard.user());
    }

    /** The period of this kind containing today. */
    public StatementPeriod currentPeriod(PeriodKind kind) {
        return StatementPeriod.containing(kind, calendar, LocalDate.now(clock));
    }

    /**
     * A rep's statement for a period, worked out now.
     * @throws AccessDeniedException for a rep outside the caller's scope
     * @throws RuleViolation on field {@code repId} when the person is not an active rep
     */
    @Transactional(readOnly = true)
    public RepStatement statement(long repId, StatementPeriod period) {
        return statements.of(rep(repId), period);
    }

    /**
     * A team at a glance before a rep is picked: for every active rep, by name, what their statement for the period
     * says (revenue won against target, commission earned so far) and how many of their questions wait for an
     * answer. Managers read their own team, admins any; reps never, not even their own team.
     * @throws AccessDeniedException for a rep, or a manager asking for another team
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<RepCommission> teamSummary(long teamId, StatementPeriod period) {
        List<PersonSummary> reps = people.teamReps(teamId);
        Map<Long, Integer> open = rows.openQuestionCounts(teamId);
        // One statement per rep, worked out as the rep's own page works it out: a team is a handful of reps.
        return reps.stream()
                .map(rep -> RepCommission.of(statements.of(rep, period), open.getOrDefault(rep.id(), 0)))
                .toList();
    }

    /** @throws AccessDeniedException for a rep outside the caller's scope */
    @Transactional(readOnly = true)
    public Optional<PlanDetails> plan(long repId, int fiscalYear) {
        rep(repId);
        return plans.findByRepIdAndFiscalYear(repId, fiscalYear).map(PlanDetails::of);
    }

    /**
     * Creates or changes a rep's plan for a fiscal year (managers: their team; admins: all). Rates are fractions
     * (0.03 = 3 %). The rep is told when a term changed.
     * @param expectedVersion the version the editor loaded, null when there was no plan
     * @throws RuleViolation naming the field (revenueRate, gpRateAboveMin, acceleratorThreshold,
     *         acceleratorMultiplier, fiscalYear, repId); the message is a translation key
     * @throws ConcurrentEditException when somebody else saved the plan since it was loaded
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public PlanDetails savePlan(long repId, int fiscalYear, BigDecimal revenueRate, BigDecimal gpRateAboveMin,
                                BigDecimal acceleratorThreshold, BigDecimal acceleratorMultiplier,
                                Long expectedVersion) {
        try {
            return transaction.execute(status -> {
                rep(repId);
                if (fiscalYear < 2000 || fiscalYear > 2100) {
                    throw RuleViolation.at("fiscalYear", "commission.error.year");
                }
                PlanTerms terms = new PlanTerms(revenueRate, gpRateAboveMin, acceleratorThreshold,
                        acceleratorMultiplier);
                Optional<CommissionPlan> existing = plans.findByRepIdAndFiscalYear(repId, fiscalYear);
                if (!Objects.equals(existing.map(CommissionPlan::getVersion).orElse(null), expectedVersion)) {
                    throw new ConcurrentEditException(Messages.text("commission.rule.changed-by-other"));
                }
                return write(repId, fiscalYear, existing.orElse(null), terms);
            });
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException raced) {
            // Somebody saved the same plan (or created it) between our read and our write.
            throw planChanged(raced);
        }
    }

    /**
     * Saves what the user changed in a stored plan. When somebody saved the plan since the editor loaded it, only the
     * terms this user changed are put onto the current plan and both edits are kept; only a term both changed to
     * different values stops the save. Retried when another save slips in, so the merge is made against the plan
     * that is really current.
     * @throws PlanConflictException listing the terms both changed; nothing is saved
     * @throws RuleViolation naming the field, as {@link #savePlan(long, int, BigDecimal, BigDecimal, BigDecimal,
     *         BigDecimal, Long)}
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public PlanDetails savePlan(long repId, int fiscalYear, Edit<PlanTermsDraft> edit) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> {
                    rep(repId);
                    CommissionPlan plan = plans.findByRepIdAndFiscalYear(repId, fiscalYear)
                            .orElseThrow(() -> new ConcurrentEditException(Messages.text("commission.rule.plan-gone")));
                    PlanTermsDraft terms = edit.mine();
                    if (plan.getVersion() != edit.version()) {
                        PlanTermsDraft theirs = PlanTermsDraft.of(plan.terms());
                        Merge<PlanTermsDraft> merge = PlanTermsDraft.FIELDS.merge(edit.base(), edit.mine(), theirs);
                        if (!merge.clean()) {
                            throw new PlanConflictException(theirs, merge.conflicts(), plan.getVersion());
                        }
                        terms = merge.merged();
                    }
                    return write(repId, fiscalYear, plan, terms.terms());
                });
            } catch (ObjectOptimisticLockingFailureException raced) {
                if (attempt == 3) {
                    throw planChanged(raced);
                }
            }
        }
    }

    /** Creates the plan (when {@code plan} is null) or changes it; the rep is told when a term changed. */
    private PlanDetails write(long repId, int fiscalYear, CommissionPlan plan, PlanTerms terms) {
        boolean changed;
        if (plan == null) {
            plan = new CommissionPlan(repId, fiscalYear, terms);
            changed = true;
        } else {
            changed = plan.change(terms);
        }
        CommissionPlan saved = plans.saveAndFlush(plan);
        if (changed) {
            String manager = guard.user().fullName();
            notifications.notify(repId, PLAN_KIND, () -> Messages.text("commission.notify.plan", manager,
                    String.valueOf(fiscalYear), summaryText(terms).rendered()),
                    CommissionLinks.statement(repId, currentPeriodOf(fiscalYear)));
        }
        return PlanDetails.of(saved);
    }

    private static ConcurrentEditException planChanged(RuntimeException raced) {
        ConcurrentEditException conflict = new ConcurrentEditException(Messages.text("commission.rule.changed-by-other"));
        conflict.initCause(raced);
        return conflict;
    }

    /**
     * The rep questions one line of their statement; the rep's manager is notified.
     * @return the question's id
     * @throws AccessDeniedException for somebody else's deal
     * @throws RuleViolation on field {@code question} (empty, too long, one already open) or for a deal not won
     */
    @PreAuthorize("hasRole('REP')")
    @Transactional
    public long questionLine(long dealId, String question) {
        SignedInUser me = guard.user();
        Deal deal = wonDealOf(dealId);
        if (deal.getOwnerId() != me.personId()) {
            throw new AccessDeniedException("Only the deal's owner questions its commission");
        }
        if (queries.existsByDealIdAndAnsweredAtIsNull(dealId)) {
            throw RuleViolation.at("question", "commission.error.already-open");
        }
        CommissionQuery saved = queries.save(new CommissionQuery(dealId, me.personId(), question, clock.instant()));
        managerOf(me).ifPresent(manager -> notifications.notify(manager, QUESTION_KIND,
                () -> Messages.text("commission.notify.question", me.fullName(), deal.getName(),
                        settings.userFormats().date(deal.getClosedOn()), saved.getQuestion()),
                CommissionLinks.statement(me.personId(), periodOf(deal.getClosedOn()))));
        return saved.getId();
    }

    /**
     * A manager (their team) or an admin answers a question; the rep is notified.
     * @throws RuleViolation on field {@code answer} (empty, too long, already answered)
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional
    public void answer(long questionId, String answer) {
        CommissionQuery query = queries.findById(questionId)
                .orElseThrow(() -> RuleViolation.of("commission.error.no-question"));
        guard.checkOwner(query.getRepId());
        SignedInUser me = guard.user();
        query.answer(answer, me.personId(), clock.instant());
        // The deal may have been reopened since it was questioned: the answer still goes out.
        Deal deal = dealOf(query.getDealId());
        LocalDate wonOn = deal.getClosedOn() == null ? LocalDate.now(clock) : deal.getClosedOn();
        notifications.notify(query.getRepId(), ANSWER_KIND, () -> Messages.text("commission.notify.answer",
                        me.fullName(), deal.getName(), query.getAnswer()),
                CommissionLinks.statement(query.getRepId(), periodOf(wonOn)));
    }

    /** A rep's questions, answered or not, newest first. */
    @Transactional(readOnly = true)
    public List<QuestionLine> questions(long repId) {
        guard.checkOwner(repId);
        return rows.questions(repId, null, false);
    }

    /** Questions waiting for an answer in the caller's scope: a rep's own, a manager's team's, an admin's all. */
    @Transactional(readOnly = true)
    public List<QuestionLine> openQuestions() {
        DataScope scope = guard.scope();
        return rows.questions(scope.personId(), scope.teamId(), true);
    }

    /** The plan in one sentence, for the plan summary and the rep's notification. */
    public RuleText summaryText(PlanTerms terms) {
        return format().summary(terms);
    }


    private StatementPeriod periodOf(LocalDate day) {
        return StatementPeriod.containing(StatementPeriod.DEFAULT_KIND, calendar, day);
    }

    /** This quarter if it is in the fiscal year, else the year's first quarter. */
    private StatementPeriod currentPeriodOf(int fiscalYear) {
        StatementPeriod current = currentPeriod(StatementPeriod.DEFAULT_KIND);
        return current.fiscalYear() == fiscalYear ? current
                : new StatementPeriod(StatementPeriod.DEFAULT_KIND, fiscalYear, 1);
    }

    private Deal dealOf(long dealId) {
        return deals.find(dealId).orElseThrow(() -> RuleViolation.of("commission.error.no-deal"));
    }

    private Deal wonDealOf(long dealId) {
        Deal deal = dealOf(dealId);
        if (deal.getStage() != Stage.WON || deal.getClosedOn() == null) {
            throw RuleViolation.of("commission.error.not-won");
        }
        return deal;
    }

    private Optional<Long> managerOf(SignedInUser rep) {
        return people.visibleTeams().stream().filter(team -> team.id() == Objects.requireNonNullElse(rep.teamId(), -1L))
                .map(TeamSummary::managerId).filter(Objects::nonNull).findFirst();
    }

    /** @throws AccessDeniedException outside the caller's scope; RuleViolation when not an active rep */
    private PersonSummary rep(long repId) {
        return people.findVisible(repId).filter(person -> person.role() == Role.REP && person.active())
                .orElseThrow(() -> RuleViolation.at("repId", "commission.error.not-a-rep"));
    }
}
