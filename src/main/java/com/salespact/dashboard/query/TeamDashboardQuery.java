package com.salespact.dashboard.query;

import com.salespact.base.DateRange;
import com.salespact.base.PeriodKind;
import com.salespact.goals.SalesCurve;
import com.salespact.goals.query.PaceQuery;
import com.salespact.people.AccessGuard;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * The team dashboard's figures that combine deals and targets, each one aggregate statement; the same statements with
 * every team in scope serve an admin's company-wide dashboard.
 */
@Component
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class TeamDashboardQuery {

    private static final List<String> OPEN = List.of("PROSPECT", "QUALIFIED", "PROPOSAL", "NEGOTIATION");

    /*
     * Each statement is written once with its scope spliced in as a plain condition: one team ({@link #TEAM}) or, for
     * an admin's company-wide dashboard, every team ({@link #COMPANY}; a rep without a team is in no team's figures).
     */
    private static final String TEAM = "p.team_id = :team";
    private static final String COMPANY = "p.team_id is not null";

    private static final String WON_BY_DAY_IN = """
            select d.closed_on as on_day, sum(d.amount) as amount
            from deal d join person p on p.id = d.owner_id
            where d.stage = 'WON' and d.closed_on between :from and :to and %s
            group by d.closed_on
            """;

    private static final String COMMIT_BY_DAY_IN = """
            select d.expected_close_date as on_day, sum(d.amount) as amount
            from deal d join person p on p.id = d.owner_id
            where d.stage in ('PROSPECT', 'QUALIFIED', 'PROPOSAL', 'NEGOTIATION') and d.forecast_category = 'COMMIT'
              and d.expected_close_date between :from and :to and %s
            group by d.expected_close_date
            """;

    private static final String WON_BY_DAY = WON_BY_DAY_IN.formatted(TEAM);
    private static final String COMMIT_BY_DAY = COMMIT_BY_DAY_IN.formatted(TEAM);
    private static final String COMPANY_WON_BY_DAY = WON_BY_DAY_IN.formatted(COMPANY);
    private static final String COMPANY_COMMIT_BY_DAY = COMMIT_BY_DAY_IN.formatted(COMPANY);

    /**
     * One stage of the scope's deals; a branch per stage, so both databases find them with (owner_id, stage, ...).
     * First the scope condition, then the stage.
     */
    private static final String DEALS_IN = """
                    select d.id, d.stage, d.amount, d.stage_entered_at
                    from person p join deal d on d.owner_id = p.id
                    where %s and d.stage = '%s'""";

    /**
     * The team's open pipeline by stage now and at :before, in one statement: every deal that is open now or was
     * closed after :before, with its stage now and its stage at :before. The stage at :before is the current stage
     * unless the deal entered it later (stage_entered_at > :before); then it is the deal's last stage change at or
     * before :before (none: the deal did not exist yet). So only the few deals moved since :before need the stage
     * history; the rest is read once, from the (owner_id, stage, stage_entered_at, amount, id) index.
     */
    private static final String STAGES_NOW_AND_BEFORE = stagesNowAndBefore(TEAM);
    private static final String COMPANY_STAGES_NOW_AND_BEFORE = stagesNowAndBefore(COMPANY);

    private static String stagesNowAndBefore(String scope) {
        return """
            select stage_now, stage_before, coalesce(sum(amount), 0) as amount, count(*) as deals from (
                select c.stage as stage_now, c.amount as amount,
                       case when c.stage_entered_at <= :before then c.stage
                            else (select sc.to_stage from stage_change sc
                                  where sc.deal_id = c.id and sc.changed_at <= :before
                                  order by sc.changed_at desc, sc.id desc fetch first 1 row only) end as stage_before
                from (
                    %s
                    union all
                    %s and d.stage_entered_at > :before
                    union all
                    %s and d.stage_entered_at > :before
                ) c
            ) s
            group by stage_now, stage_before
            """.formatted(String.join("\n                    union all\n",
                    OPEN.stream().map(stage -> DEALS_IN.formatted(scope, stage)).toList()),
                    DEALS_IN.formatted(scope, "WON"), DEALS_IN.formatted(scope, "LOST"));
    }

    /** A row of {@link #WON_BY_DAY_IN} or {@link #COMMIT_BY_DAY_IN}. */
    private record DayAmount(LocalDate onDay, BigDecimal amount) {
    }

    /** A row of {@link #STAGES_NOW_AND_BEFORE}; the stage before is null for a deal that did not exist yet. */
    private record StageMove(String stageNow, String stageBefore, BigDecimal amount, long deals) {
    }

    private final JdbcClient jdbc;
    private final PaceQuery pace;
    private final AccessGuard guard;
    private final Clock clock;

    TeamDashboardQuery(JdbcClient jdbc, PaceQuery pace, AccessGuard guard, Clock clock) {
        this.jdbc = jdbc;
        this.pace = pace;
        this.guard = guard;
        this.clock = clock;
    }

    /** Cumulative won vs target pace vs forecast (won + commit) for the team over the period. */
    public SalesCurve salesCurve(long teamId, PeriodKind kind, DateRange period, LocalDate asOf) {
        guard.checkTeam(teamId);
        return SalesCurve.of(kind.buckets(period), asOf, pace.teamMonthTargets(teamId, period),
                byDay(WON_BY_DAY, teamId, period.start(), period.end()),
                byDay(COMMIT_BY_DAY, teamId, period.start(), period.end()));
    }

    /** Every team's curve summed (the company's target the sum of the teams'), for an admin's company dashboard. */
    public SalesCurve companySalesCurve(PeriodKind kind, DateRange period, LocalDate asOf) {
        guard.checkCompany();
        return SalesCurve.of(kind.buckets(period), asOf, pace.companyMonthTargets(period),
                byDay(COMPANY_WON_BY_DAY, null, period.start(), period.end()),
                byDay(COMPANY_COMMIT_BY_DAY, null, period.start(), period.end()));
    }

    /** Every team's committed open deals expected to close within the period after today; admins only. */
    public BigDecimal companyCommitRemaining(DateRange period, LocalDate asOf) {
        guard.checkCompany();
        return byDay(COMPANY_COMMIT_BY_DAY, null, asOf.plusDays(1), period.end()).values().stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Every team's open pipeline by stage now and seven days ago; admins only. */
    public List<StageTotal> companyStageTotals() {
        guard.checkCompany();
        return stageTotals(COMPANY_STAGES_NOW_AND_BEFORE, null);
    }

    /** Committed open deals expected to close within the period after today. */
    public BigDecimal commitRemaining(long teamId, DateRange period, LocalDate asOf) {
        guard.checkTeam(teamId);
        return byDay(COMMIT_BY_DAY, teamId, asOf.plusDays(1), period.end()).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Open pipeline by stage now and seven days ago. */
    public List<StageTotal> stageTotals(long teamId) {
        guard.checkTeam(teamId);
        return stageTotals(STAGES_NOW_AND_BEFORE, teamId);
    }

    private List<StageTotal> stageTotals(String sql, Long teamId) {
        Instant before = clock.instant().minus(Duration.ofDays(7));
        Map<String, BigDecimal[]> now = new HashMap<>();
        Map<String, BigDecimal[]> weekAgo = new HashMap<>();
        jdbc.sql(sql).param("team", teamId, Types.BIGINT).param("before", Timestamp.from(before))
                .query(StageMove.class).list().forEach(move -> {
                    BigDecimal deals = BigDecimal.valueOf(move.deals());
                    add(now, move.stageNow(), move.amount(), deals);
                    add(weekAgo, move.stageBefore(), move.amount(), deals);
                });
        List<StageTotal> totals = new ArrayList<>();
        for (String stage : OPEN) {
            BigDecimal[] a = now.getOrDefault(stage, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            BigDecimal[] b = weekAgo.getOrDefault(stage, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            totals.add(new StageTotal(stage, a[0], b[0], a[1].intValue(), b[1].intValue()));
        }
        return totals;
    }

    /** Adds to an open stage's total (closed stages and "did not exist yet" are not pipeline). */
    private static void add(Map<String, BigDecimal[]> totals, String stage, BigDecimal amount, BigDecimal deals) {
        if (stage != null && OPEN.contains(stage)) {
            totals.merge(stage, new BigDecimal[] {amount, deals},
                    (a, b) -> new BigDecimal[] {a[0].add(b[0]), a[1].add(b[1])});
        }
    }

    private Map<LocalDate, BigDecimal> byDay(String sql, Long teamId, LocalDate from, LocalDate to) {
        Map<LocalDate, BigDecimal> result = new LinkedHashMap<>();
        jdbc.sql(sql).param("team", teamId, Types.BIGINT).param("from", from).param("to", to).query(DayAmount.class).list()
                .forEach(day -> result.put(day.onDay(), day.amount()));
        return result;
    }
}
