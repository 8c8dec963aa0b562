package com.salespact.goals;

import com.salespact.base.CompanySettings;
import com.salespact.base.ConcurrentEditException;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.merge.Edit;
import com.salespact.base.merge.Merge;
import com.salespact.people.AccessGuard;
import com.salespact.people.DataScope;
import com.salespact.security.SignedInUser;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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

    private static final String WEIGHT_COLUMNS = IntStream.rangeClosed(1, Seasonality.MONTHS)
            .mapToObj(m -> "max(case when w.fiscal_month = " + m + " then w.weight end) as w" + m)
            .collect(Collectors.joining(", "));

    private static final String REPS_SUM = """
            select coalesce(sum(rt.revenue), 0) from target rt join person rp on rp.id = rt.person_id
            where rp.team_id = tm.id and rp.role = 'REP' and rp.active = true and rt.fiscal_year = :year""";

    /** Reps and teams of a year in one statement; weights pivoted into w1..w12. */
    private static final String YEAR = """
            select 'REP' as kind, p.id as owner_id, p.full_name as name, p.username as username, p.team_id as team_id,
                   t.id as target_id, t.version as version, t.revenue as revenue, t.min_gross_profit as min_gp,
                   t.explicit_team as explicit_team,
                   cast(null as numeric(14,2)) as reps_revenue, cast(null as numeric(14,2)) as reps_min_gp, %1$s
            from person p
            left join target t on t.person_id = p.id and t.fiscal_year = :year
            left join target_month_weight w on w.target_id = t.id
            where p.role = 'REP' and p.active = true
              and (cast(:team as bigint) is null or p.team_id = :team)
              and (cast(:person as bigint) is null or p.id = :person)
            group by p.id, p.full_name, p.username, p.team_id, t.id, t.version, t.revenue, t.min_gross_profit,
                     t.explicit_team
            union all
            select 'TEAM', tm.id, tm.name, cast(null as varchar(60)), tm.id,
                   t.id, t.version, t.revenue, t.min_gross_profit, t.explicit_team,
                   (%2$s), (%3$s), %1$s
            from team tm
            left join target t on t.team_id = tm.id and t.fiscal_year = :year
            left join target_month_weight w on w.target_id = t.id
            where cast(:person as bigint) is null
              and (cast(:team as bigint) is null or tm.id = :team)
            group by tm.id, tm.name, t.id, t.version, t.revenue, t.min_gross_profit, t.explicit_team
            """.formatted(WEIGHT_COLUMNS, REPS_SUM, REPS_SUM.replace("rt.revenue", "rt.min_gross_profit"));

    private static final String TEAM_SUM = """
            select coalesce(sum(t.revenue), 0) as revenue, coalesce(sum(t.min_gross_profit), 0) as gp
            from target t join person p on p.id = t.person_id
            where p.team_id = :team and p.role = 'REP' and p.active = true and t.fiscal_year = :year""";

    private static final String HISTORY = """
            select r.id, r.changed_at, p.full_name, r.reason, r.old_revenue, r.new_revenue, r.old_min_gp,
                   r.new_min_gp, r.weights
            from target_revision r left join person p on p.id = r.changed_by
            where r.target_id = :target
            order by r.changed_at desc, r.id desc""";

    private final NamedParameterJdbcTemplate jdbc;
    private final TargetRepository targets;
    private final TargetWriter writer;
    private final AccessGuard guard;
    private final FiscalCalendar calendar;
    private final Clock clock;
    private final TransactionTemplate transaction;

    GoalService(NamedParameterJdbcTemplate jdbc, TargetRepository targets, TargetWriter writer, AccessGuard guard,
                CompanySettings settings, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
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
        TreeSet<Integer> years = new TreeSet<>(jdbc.getJdbcOperations()
                .queryForList("select distinct fiscal_year from target", Integer.class));
        int current = currentFiscalYear();
        years.addAll(List.of(current - 1, current, current + 1));
        return List.copyOf(years);
    }

    /** The year's targets of the reps and teams in the caller's scope (a rep: their own line, no team). */
    @Transactional(readOnly = true)
    public YearTargets year(int fiscalYear) {
        DataScope scope = guard.scope();
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("year", fiscalYear)
                .addValue("team", scope.teamId(), Types.BIGINT).addValue("person", scope.personId(), Types.BIGINT);
        List<TargetLine> reps = new ArrayList<>();
        List<TeamRow> teams = new ArrayList<>();
        jdbc.query(YEAR, params, rs -> {
            if ("REP".equals(rs.getString("kind").strip())) {
                reps.add(repLine(rs));
            } else {
                teams.add(teamRow(rs));
            }
        });
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
                            .orElseThrow(() -> new ConcurrentEditException("The target was changed by somebody else"));
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
                    ConcurrentEditException conflict = new ConcurrentEditException("The target was changed by somebody else");
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
            BigDecimal[] sum = new BigDecimal[2];
            jdbc.query(TEAM_SUM, new MapSqlParameterSource("team", teamId).addValue("year", fiscalYear), rs -> {
                sum[0] = rs.getBigDecimal("revenue");
                sum[1] = rs.getBigDecimal("gp");
            });
            return writer.useSumOfReps(teamId, fiscalYear, sum[0], sum[1], reason, expectedVersion);
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
        return jdbc.query(HISTORY, new MapSqlParameterSource("target", targetId), (rs, row) ->
                new TargetRevisionLine(rs.getLong("id"), rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("full_name"), rs.getString("reason"), rs.getBigDecimal("old_revenue"),
                        rs.getBigDecimal("new_revenue"), rs.getBigDecimal("old_min_gp"), rs.getBigDecimal("new_min_gp"),
                        weightsOrFlat(rs.getString("weights"))));
    }

    private TargetSaved inTransaction(java.util.function.Supplier<TargetSaved> work) {
        try {
            return transaction.execute(status -> work.get());
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException raced) {
            // Somebody saved the same target (or created it) between our read and our write.
            ConcurrentEditException conflict = new ConcurrentEditException("The target was changed by somebody else");
            conflict.initCause(raced);
            throw conflict;
        }
    }

    private static Seasonality weightsOrFlat(String text) {
        try {
            return Seasonality.parse(text);
        } catch (RuntimeException unreadable) {
            return Seasonality.flat();
        }
    }

    private static TargetLine repLine(ResultSet rs) throws SQLException {
        long target = rs.getLong("target_id");
        boolean hasTarget = !rs.wasNull();
        return new TargetLine(rs.getLong("owner_id"), rs.getString("name"), rs.getString("username"),
                nullableLong(rs, "team_id"), hasTarget ? target : null,
                hasTarget ? rs.getLong("version") : null,
                hasTarget ? rs.getBigDecimal("revenue") : BigDecimal.ZERO,
                hasTarget ? rs.getBigDecimal("min_gp") : BigDecimal.ZERO,
                hasTarget ? weights(rs) : Seasonality.flat());
    }

    private static TeamRow teamRow(ResultSet rs) throws SQLException {
        long target = rs.getLong("target_id");
        boolean hasTarget = !rs.wasNull();
        return new TeamRow(rs.getLong("owner_id"), rs.getString("name"), hasTarget ? target : null,
                hasTarget ? rs.getLong("version") : null, hasTarget && rs.getBoolean("explicit_team"),
                hasTarget ? rs.getBigDecimal("revenue") : null, hasTarget ? rs.getBigDecimal("min_gp") : null,
                hasTarget ? weights(rs) : Seasonality.flat(), rs.getBigDecimal("reps_revenue"),
                rs.getBigDecimal("reps_min_gp"));
    }

    private static Seasonality weights(ResultSet rs) throws SQLException {
        List<BigDecimal> weights = new ArrayList<>(Seasonality.MONTHS);
        for (int month = 1; month <= Seasonality.MONTHS; month++) {
            BigDecimal weight = rs.getBigDecimal("w" + month);
            weights.add(weight == null ? BigDecimal.ZERO : weight);
        }
        return weights.stream().allMatch(weight -> weight.signum() == 0) ? Seasonality.flat()
                : new Seasonality(weights);
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
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
