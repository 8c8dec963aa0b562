package com.salespact.goals.query;

import com.salespact.base.CompanySettings;
import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.goals.MonthTarget;
import com.salespact.people.AccessGuard;
import com.salespact.people.DataScope;
import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales against target, computed in the database: one aggregate statement for won revenue and one for the
 * monthly targets; only the per-month pro-rating by working days is done here.
 */
@Component
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PaceQuery {

    /*
     * ACTUALS and MONTH_TARGETS get the team and person conditions that apply spliced in (scoped(...)), not as
     * "(:x is null or column = :x)", through which H2 cannot use an index (with a thousand reps every team's
     * dashboard read the targets of the whole company). See PipelineQuery.
     */
    private static final String ACTUALS = """
            select p.id, p.full_name, p.rep_style, p.team_id,
                   coalesce(sum(d.amount), 0) as revenue, coalesce(sum(d.gross_profit), 0) as gp
            from person p
            left join deal d on d.owner_id = p.id and d.stage = 'WON' and d.closed_on between :from and :to
            where p.role = 'REP' and p.active = true
              %s
            group by p.id, p.full_name, p.rep_style, p.team_id
            order by p.full_name
            """;

    /*
     * The month weights are summed per target with a window over the target's own twelve rows, not by joining an
     * aggregate of the whole target_month_weight table (PostgreSQL computed that for every call: all targets of the
     * company, three times per dashboard refresh).
     */
    private static final String MONTH_TARGETS = """
            select person_id, team_id, fiscal_year, fiscal_month,
                   revenue * weight / total as revenue, min_gross_profit * weight / total as gp
            from (
                select t.person_id, p.team_id, t.fiscal_year, w.fiscal_month, t.revenue, t.min_gross_profit, w.weight,
                       sum(w.weight) over (partition by t.id) as total
                from target t
                join target_month_weight w on w.target_id = t.id
                join person p on p.id = t.person_id
                where t.fiscal_year between :firstYear and :lastYear
                  and p.role = 'REP' and p.active = true
                  %s
            ) x
            where total > 0
            """;

    /**
     * Explicit team targets (set instead of the sum of the team's reps), per team and fiscal month; the team condition
     * ({@code t.team_id = :team}, or every team's) spliced in.
     */
    private static final String TEAM_MONTH_TARGETS = """
            select team_id, fiscal_year, fiscal_month,
                   revenue * weight / total as revenue, min_gross_profit * weight / total as gp
            from (
                select t.team_id, t.fiscal_year, w.fiscal_month, t.revenue, t.min_gross_profit, w.weight,
                       sum(w.weight) over (partition by t.id) as total
                from target t
                join target_month_weight w on w.target_id = t.id
                where %s and t.explicit_team = true and t.fiscal_year between :firstYear and :lastYear
            ) x
            where total > 0
            """;

    /** A row of {@link #ACTUALS}. */
    private record Actuals(long id, String fullName, String repStyle, Long teamId, BigDecimal revenue, BigDecimal gp) {
    }

    /** A row of {@link #MONTH_TARGETS}: one rep's target share of a fiscal month. */
    private record RepMonth(long personId, Long teamId, int fiscalYear, int fiscalMonth, BigDecimal revenue, BigDecimal gp) {
    }

    /** A row of {@link #TEAM_MONTH_TARGETS}. */
    private record TeamMonth(long teamId, int fiscalYear, int fiscalMonth, BigDecimal revenue, BigDecimal gp) {
    }

    private final JdbcClient jdbc;
    private final FiscalCalendar calendar;
    private final AccessGuard guard;

    PaceQuery(JdbcClient jdbc, CompanySettings settings, AccessGuard guard) {
        this.jdbc = jdbc;
        this.calendar = settings.calendar();
        this.guard = guard;
    }

    /** One rep. @throws org.springframework.security.access.AccessDeniedException for a rep outside the caller's scope */
    public RepPace rep(long personId, DateRange period, LocalDate asOf) {
        guard.checkOwner(personId);
        return compute(null, personId, period, asOf).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No active rep " + personId));
    }

    /**
     * A team's reps, against the team target: the sum of the reps' targets, or for a fiscal year with an explicit
     * team target, that one.
     * @throws org.springframework.security.access.AccessDeniedException for another team
     */
    public TeamPace team(long teamId, DateRange period, LocalDate asOf) {
        guard.checkTeam(teamId);
        return teamPace(teamId, compute(teamId, null, period, asOf),
                explicitTeamMonths(teamId, period).getOrDefault(teamId, List.of()), period, asOf);
    }

    /**
     * Every team at once, each exactly as {@link #team} works it out (its reps against the team target), in two
     * statements for the reps and one for the explicit team targets; by team id. Reps without a team are in none.
     * @throws org.springframework.security.access.AccessDeniedException for anyone but an admin
     */
    public Map<Long, TeamPace> teams(DateRange period, LocalDate asOf) {
        guard.checkCompany();
        Map<Long, List<RepPace>> reps = new java.util.TreeMap<>();
        compute(null, null, period, asOf).stream().filter(rep -> rep.teamId() != null)
                .forEach(rep -> reps.computeIfAbsent(rep.teamId(), id -> new ArrayList<>()).add(rep));
        Map<Long, List<MonthTarget>> explicit = explicitTeamMonths(null, period);
        Map<Long, TeamPace> teams = new LinkedHashMap<>();
        reps.forEach((teamId, members) -> teams.put(teamId,
                teamPace(teamId, members, explicit.getOrDefault(teamId, List.of()), period, asOf)));
        return teams;
    }

    /** The sum of the reps' targets, or for a fiscal year with an explicit team target, that one. */
    private TeamPace teamPace(long teamId, List<RepPace> reps, List<MonthTarget> explicit, DateRange period,
                              LocalDate asOf) {
        TeamPace sumOfReps = TeamPace.of(reps);
        if (explicit.isEmpty()) {
            return sumOfReps;
        }
        List<MonthTarget> months = mergeByFiscalYear(repMonths(teamId, period).getOrDefault(teamId, List.of()),
                explicit);
        return sumOfReps.withTargets(sum(months, m -> m.revenueWithin(period)), sum(months, m -> m.grossProfitWithin(period)),
                sum(months, m -> m.revenueDueBy(period, asOf)));
    }

    /** Every rep the caller may see: all for admins, the team for managers, themselves for reps. */
    public TeamPace visible(DateRange period, LocalDate asOf) {
        DataScope scope = guard.scope();
        return TeamPace.of(compute(scope.teamId(), scope.personId(), period, asOf));
    }

    /** The team's month targets overlapping {@code period} (explicit team target where set), for curves. */
    public List<MonthTarget> teamMonthTargets(long teamId, DateRange period) {
        guard.checkTeam(teamId);
        return mergeByFiscalYear(repMonths(teamId, period).getOrDefault(teamId, List.of()),
                explicitTeamMonths(teamId, period).getOrDefault(teamId, List.of()));
    }

    /**
     * Every team's month targets overlapping {@code period}, each team's as {@link #teamMonthTargets}, summed per
     * month: the company's target curve. Admins only.
     */
    public List<MonthTarget> companyMonthTargets(DateRange period) {
        guard.checkCompany();
        Map<Long, List<MonthTarget>> reps = repMonths(null, period);
        Map<Long, List<MonthTarget>> explicit = explicitTeamMonths(null, period);
        java.util.Set<Long> teams = new java.util.TreeSet<>(reps.keySet());
        teams.addAll(explicit.keySet());
        Map<DateRange, MonthTarget> byMonth = new java.util.TreeMap<>(java.util.Comparator.comparing(DateRange::start));
        for (Long teamId : teams) {
            mergeByFiscalYear(reps.getOrDefault(teamId, List.of()), explicit.getOrDefault(teamId, List.of()))
                    .forEach(month -> byMonth.merge(month.month(), month, PaceQuery::add));
        }
        return List.copyOf(byMonth.values());
    }

    /** Explicit team targets by team: one team's, or with {@code teamId} null every team's. */
    private Map<Long, List<MonthTarget>> explicitTeamMonths(Long teamId, DateRange period) {
        Map<Long, List<MonthTarget>> byTeam = new HashMap<>();
        jdbc.sql(TEAM_MONTH_TARGETS.formatted(teamId == null ? "t.team_id is not null" : "t.team_id = :team"))
                .param("team", teamId, Types.BIGINT)
                .param("firstYear", calendar.fiscalYearOf(period.start()))
                .param("lastYear", calendar.fiscalYearOf(period.end()))
                .query(TeamMonth.class).list()
                .forEach(row -> byTeam.computeIfAbsent(row.teamId(), id -> new ArrayList<>()).add(new MonthTarget(
                        calendar.month(row.fiscalYear(), row.fiscalMonth()), row.revenue(), row.gp())));
        return byTeam;
    }

    /** Per fiscal year: the explicit team months if that year has them, else the reps' months. */
    private List<MonthTarget> mergeByFiscalYear(List<MonthTarget> reps, List<MonthTarget> explicit) {
        java.util.Set<Integer> explicitYears = new java.util.HashSet<>();
        explicit.forEach(month -> explicitYears.add(calendar.fiscalYearOf(month.month().start())));
        List<MonthTarget> merged = new ArrayList<>(explicit);
        reps.stream().filter(month -> !explicitYears.contains(calendar.fiscalYearOf(month.month().start())))
                .forEach(merged::add);
        merged.sort(java.util.Comparator.comparing(month -> month.month().start()));
        return merged;
    }

    /** The reps' month targets summed per team and month: one team's, or with {@code teamId} null every team's. */
    private Map<Long, List<MonthTarget>> repMonths(Long teamId, DateRange period) {
        Map<Long, Map<DateRange, MonthTarget>> byTeam = new HashMap<>();
        for (RepMonth row : monthTargets(teamId, null, period)) {
            if (row.teamId() == null) {
                continue;
            }
            DateRange month = calendar.month(row.fiscalYear(), row.fiscalMonth());
            byTeam.computeIfAbsent(row.teamId(), id -> new java.util.TreeMap<>(java.util.Comparator.comparing(DateRange::start)))
                    .merge(month, new MonthTarget(month, row.revenue(), row.gp()), PaceQuery::add);
        }
        Map<Long, List<MonthTarget>> result = new HashMap<>();
        byTeam.forEach((team, months) -> result.put(team, List.copyOf(months.values())));
        return result;
    }

    private static MonthTarget add(MonthTarget a, MonthTarget b) {
        return new MonthTarget(a.month(), a.revenue().add(b.revenue()), a.grossProfit().add(b.grossProfit()));
    }

    private List<RepPace> compute(Long teamId, Long personId, DateRange period, LocalDate asOf) {
        Map<Long, List<MonthTarget>> targets = new HashMap<>();
        for (RepMonth row : monthTargets(teamId, personId, period)) {
            DateRange month = calendar.month(row.fiscalYear(), row.fiscalMonth());
            targets.computeIfAbsent(row.personId(), id -> new ArrayList<>())
                    .add(new MonthTarget(month, row.revenue(), row.gp()));
        }
        Map<Long, RepPace> reps = new LinkedHashMap<>();
        List<Actuals> actuals = jdbc.sql(scoped(ACTUALS, teamId, personId))
                .param("from", period.start()).param("to", period.end())
                .param("team", teamId, Types.BIGINT).param("person", personId, Types.BIGINT)
                .query(Actuals.class).list();
        for (Actuals rep : actuals) {
            List<MonthTarget> months = targets.getOrDefault(rep.id(), List.of());
            reps.put(rep.id(), new RepPace(rep.id(), rep.fullName(), rep.repStyle(), rep.teamId(), rep.revenue(),
                    rep.gp(), sum(months, m -> m.revenueWithin(period)), sum(months, m -> m.grossProfitWithin(period)),
                    sum(months, m -> m.revenueDueBy(period, asOf))));
        }
        return List.copyOf(reps.values());
    }

    private List<RepMonth> monthTargets(Long teamId, Long personId, DateRange period) {
        return jdbc.sql(scoped(MONTH_TARGETS, teamId, personId))
                .param("team", teamId, Types.BIGINT).param("person", personId, Types.BIGINT)
                .param("firstYear", calendar.fiscalYearOf(period.start()))
                .param("lastYear", calendar.fiscalYearOf(period.end()))
                .query(RepMonth.class).list();
    }

    private static String scoped(String sql, Long teamId, Long personId) {
        return sql.formatted((teamId == null ? "" : " and p.team_id = :team")
                + (personId == null ? "" : " and p.id = :person"));
    }

    private static BigDecimal sum(List<MonthTarget> months, java.util.function.Function<MonthTarget, BigDecimal> f) {
        return months.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
