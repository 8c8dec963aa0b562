package com.salespact.goals;

import com.salespact.base.CompanySettings;
import com.salespact.base.ConcurrentEditException;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.Messages;
import com.salespact.base.merge.Edit;
import com.salespact.base.merge.Merge;
import com.salespact.people.AccessGuard;
import com.salespact.people.DataScope;
import com.salespact.security.SignedInUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Targets per rep and per team and fiscal year, scoped: admins all, a manager their team, a rep only their own (read
 * only). Managers and admins change targets; every change is a revision, and a rep is notified of changes to theirs.
 * A team's target is the sum of its reps' unless set explicitly; both numbers are exposed.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class GoalService {

    private final TargetRows rows;
    private final TargetRepository targets;
    private final TargetWriter writer;
    private final AccessGuard guard;
    private final FiscalCalendar calendar;
    private final Clock clock;
    private final TransactionTemplate transaction;

    GoalService(TargetRows rows, TargetRepository targets, TargetWriter writer, AccessGuard guard,
                CompanySettings settings, Clock clock, PlatformTransactionManager transactions) {
        this.rows = rows;
        this.targets = targets;
        this.writer = writer;
        this.guard = guard;
        this.calendar = settings.calendar();
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What the signed-in person may do on the targets page. */
    public TargetRights rights() {
        return TargetRights.of(guard.user());
    }

    /** The company's fiscal calendar (its start month names the weight fields). */
    public FiscalCalendar calendar() {
        return calendar;
    }

    public int currentFiscalYear() {
        return calendar.fiscalYearOf(LocalDate.now(clock));
    }

    /** Years worth offering: every year with a target, and last, this and next year. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>(rows.fiscalYears());
        int current = currentFiscalYear();
        years.addAll(List.of(current - 1, current, current + 1));
        return List.copyOf(years);
    }

    /** The year's targets of the reps and teams in the caller's scope (a rep: their own line, no team). */
    @Transactional(readOnly = true)
    public YearTargets year(int fiscalYear) {
        DataScope scope = guard.scope();
        List<TargetLine> reps = new ArrayList<>();
        List<TeamRow> teams = new ArrayList<>();
        for (TargetRows.YearRow row : rows.year(fiscalYear, scope.teamId(), scope.personId())) {
            if (row.rep()) {
                reps.add(repLine(row));
            } else {
                teams.add(teamRow(row));
            }
        }
        reps.sort(Comparator.comparing(TargetLine::name));
        List<TeamTargetLine> teamLines = teams.stream().sorted(Comparator.comparing(TeamRow::name))
                .map(team -> team.line(reps)).toList();
        return new YearTargets(fiscalYear, teamLines, List.copyOf(reps));
    }

    /**
     * Sets a rep's or a team's target (a team's becomes explicit). Managers: their team; admins: all.
     * @param expectedVersion the version the editor loaded, null when there was no stored target
     * @return the stored id and version; {@code changed} false (and no revision) when nothing differed
     * @throws com.salespact.base.RuleViolation naming the field: revenue, minGrossProfit, weight1..12, weights,
     *         reason, fiscalYear or owner; the message is a translation key
     * @throws ConcurrentEditException when somebody else changed the target since it was loaded
     * @throws AccessDeniedException for reps and for other teams
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public TargetSaved save(TargetOwner owner, int fiscalYear, BigDecimal revenue, BigDecimal minGrossProfit,
                            List<BigDecimal> weights, String reason, Long expectedVersion) {
        return inTransaction(() -> writer.apply(owner, fiscalYear, revenue, minGrossProfit,
                weights == null ? Seasonality.flat() : new Seasonality(weights), reason, expectedVersion));
    }

    /**
     * Saves what the user changed in a stored target (a rep's, or a team's explicit one). When somebody saved it
     * since the editor loaded it, only the figures this user changed are put onto the current target and both edits
     * are kept; only a figure both changed to different values stops the save. The write is retried when another
     * save slips in between, so the merge is made against the version that is really current.
     * @throws TargetConflictException listing the figures both changed; nothing is saved
     * @throws ConcurrentEditException when the target was cleared to the sum of its reps meanwhile
     * @throws com.salespact.base.RuleViolation and AccessDeniedException as {@link #save(TargetOwner, int, BigDecimal,
     *         BigDecimal, List, String, Long)}
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public TargetSaved save(TargetOwner owner, int fiscalYear, Edit<TargetFigures> edit, String reason) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> {
                    writer.checkMayChange(owner);
                    Target current = targets.findByOwner(owner, fiscalYear)
                            .filter(target -> target.getTeamId() == null || target.isExplicitTeam())
                            .orElseThrow(() -> new ConcurrentEditException(Messages.text("targets.rule.changed-by-other")));
                    TargetFigures figures = edit.mine();
                    if (current.getVersion() != edit.version()) {
                        TargetFigures theirs = TargetFigures.of(current.getRevenue(), current.getMinGrossProfit(),
                                current.seasonality());
                        Merge<TargetFigures> merge = TargetFigures.FIELDS.merge(edit.base(), edit.mine(), theirs);
                        if (!merge.clean()) {
                            throw new TargetConflictException(theirs, merge.conflicts(), current.getVersion());
                        }
                        figures = merge.merged();
                    }
                    return writer.apply(owner, fiscalYear, figures.getRevenue(), figures.getMinGrossProfit(),
                            new Seasonality(figures.getWeights()), reason, current.getVersion());
                });
            } catch (ObjectOptimisticLockingFailureException raced) {
                if (attempt == 3) {
                    ConcurrentEditException conflict = new ConcurrentEditException(Messages.text("targets.rule.changed-by-other"));
                    conflict.initCause(raced);
                    throw conflict;
                }
            }
        }
    }

    /**
     * An agreed period's targets (a countersigned sales pact's) become the rep's targets: the fiscal years the period
     * touches are set by {@link PeriodTargetSplit}, each change a revision with the given reason. Runs in the caller's
     * transaction when there is one, so a pact is never in force with targets that disagree.
     * @return what each touched fiscal year's target now is
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public List<PeriodTargetSplit.YearTarget> setForPeriod(long repId, com.salespact.base.DateRange period,
                                                           BigDecimal revenue, BigDecimal minGrossProfit, String reason) {
        TargetOwner owner = TargetOwner.person(repId);
        java.util.Map<Integer, Target> stored = new java.util.HashMap<>();
        List<PeriodTargetSplit.YearTarget> years = PeriodTargetSplit.split(calendar, period, revenue, minGrossProfit,
                year -> targets.findByOwner(owner, year).map(target -> {
                    stored.put(year, target);
                    return new PeriodTargetSplit.Current(target.getRevenue(), target.getMinGrossProfit(),
                            target.seasonality());
                }).orElse(PeriodTargetSplit.Current.none()));
        for (PeriodTargetSplit.YearTarget year : years) {
            Target current = stored.get(year.fiscalYear());
            inTransaction(() -> writer.apply(owner, year.fiscalYear(), year.revenue(), year.minGrossProfit(),
                    year.seasonality(), reason, current == null ? null : current.getVersion()));
        }
        return years;
    }

    /** Sets a team's explicit target; same rules as {@link #save}. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public TargetSaved setTeamTarget(long teamId, int fiscalYear, BigDecimal revenue, BigDecimal minGrossProfit,
                                     List<BigDecimal> weights, String reason, Long expectedVersion) {
        return save(TargetOwner.team(teamId), fiscalYear, revenue, minGrossProfit, weights, reason, expectedVersion);
    }

    /**
     * Clears a team's explicit target: from now on it is the sum of its reps' targets. The team row and its history
     * stay; the revision records the explicit amounts → the reps' sum.
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public TargetSaved clearTeamTarget(long teamId, int fiscalYear, String reason, long expectedVersion) {
        return inTransaction(() -> {
            writer.checkMayChange(TargetOwner.team(teamId));
            TargetRows.Sum sum = rows.repsSum(teamId, fiscalYear);
            return writer.useSumOfReps(teamId, fiscalYear, sum.revenue(), sum.gp(), reason, expectedVersion);
        });
    }

    /**
     * A target's revisions, newest first: a rep's own, a manager's team's (reps and team), an admin's all.
     * @throws AccessDeniedException outside the caller's scope
     */
    @Transactional(readOnly = true)
    public List<TargetRevisionLine> history(long targetId) {
        Target target = targets.findById(targetId).orElse(null);
        if (target == null) {
            return List.of();
        }
        if (target.getTeamId() != null) {
            SignedInUser user = guard.user();
            if (user.isRep()) {
                throw new AccessDeniedException("Team targets are for managers");
            }
            guard.checkTeam(target.getTeamId());
        } else {
            guard.checkOwner(target.getPersonId());
        }
        return rows.history(targetId);
    }

    private TargetSaved inTransaction(java.util.function.Supplier<TargetSaved> work) {
        try {
            return transaction.execute(status -> work.get());
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException raced) {
            // Somebody saved the same target (or created it) between our read and our write.
            ConcurrentEditException conflict = new ConcurrentEditException(Messages.text("targets.rule.changed-by-other"));
            conflict.initCause(raced);
            throw conflict;
        }
    }

    private static TargetLine repLine(TargetRows.YearRow row) {
        boolean hasTarget = row.targetId() != null;
        return new TargetLine(row.ownerId(), row.name(), row.username(), row.teamId(), row.targetId(),
                hasTarget ? row.version() : null,
                hasTarget ? row.revenue() : BigDecimal.ZERO,
                hasTarget ? row.minGp() : BigDecimal.ZERO,
                hasTarget ? row.seasonality() : Seasonality.flat());
    }

    private static TeamRow teamRow(TargetRows.YearRow row) {
        boolean hasTarget = row.targetId() != null;
        return new TeamRow(row.ownerId(), row.name(), row.targetId(),
                hasTarget ? row.version() : null, hasTarget && Boolean.TRUE.equals(row.explicitTeam()),
                hasTarget ? row.revenue() : null, hasTarget ? row.minGp() : null,
                hasTarget ? row.seasonality() : Seasonality.flat(), row.repsRevenue(), row.repsMinGp());
    }

    /** A team as read, before its reps' months are added up. */
    private record TeamRow(long teamId, String name, Long targetId, Long version, boolean explicit,
                           BigDecimal revenue, BigDecimal minGp, Seasonality seasonality, BigDecimal repsRevenue,
                           BigDecimal repsMinGp) {

        TeamTargetLine line(List<TargetLine> reps) {
            List<BigDecimal> months;
            if (explicit) {
                months = seasonality.spread(revenue);
            } else {
                BigDecimal[] sums = new BigDecimal[Seasonality.MONTHS];
                java.util.Arrays.fill(sums, BigDecimal.ZERO);
                reps.stream().filter(rep -> rep.teamId() != null && rep.teamId() == teamId)
                        .forEach(rep -> {
                            List<BigDecimal> repMonths = rep.monthlyRevenue();
                            for (int i = 0; i < Seasonality.MONTHS; i++) {
                                sums[i] = sums[i].add(repMonths.get(i));
                            }
                        });
                months = List.of(sums);
            }
            return new TeamTargetLine(teamId, name, targetId, version, explicit, explicit ? revenue : null,
                    explicit ? minGp : null, seasonality, repsRevenue, repsMinGp, months);
        }
    }
}
