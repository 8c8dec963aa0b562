package com.salespact.dashboard.query;

import com.salespact.base.DateRange;
import com.salespact.base.PeriodKind;
import com.salespact.goals.SalesCurve;
import com.salespact.goals.query.PaceQuery;
import com.salespact.people.AccessGuard;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The team dashboard's figures that combine deals and targets, each one aggregate statement. */
@Component
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class TeamDashboardQuery {

    private static final List<String> OPEN = List.of("PROSPECT", "QUALIFIED", "PROPOSAL", "NEGOTIATION");

    private static final String WON_BY_DAY = """
            select d.closed_on as on_day, sum(d.amount) as amount
            from deal d join person p on p.id = d.owner_id
            where d.stage = 'WON' and d.closed_on between :from and :to and p.team_id = :team
            group by d.closed_on
            """;

    private static final String COMMIT_BY_DAY = """
            select d.expected_close_date as on_day, sum(d.amount) as amount
            from deal d join person p on p.id = d.owner_id
            where d.stage in ('PROSPECT', 'QUALIFIED', 'PROPOSAL', 'NEGOTIATION') and d.forecast_category = 'COMMIT'
              and d.expected_close_date between :from and :to and p.team_id = :team
            group by d.expected_close_date
            """;

    /** The stage each deal was in at :at is its last stage change at or before :at. */
    private static final String STAGES_AT = """
            select sc.to_stage as stage, coalesce(sum(d.amount), 0) as amount, count(*) as deals
            from deal d
            join person p on p.id = d.owner_id
            join stage_change sc on sc.deal_id = d.id
            where p.team_id = :team and d.created_at <= :at
              and sc.changed_at = (select max(x.changed_at) from stage_change x
                                   where x.deal_id = d.id and x.changed_at <= :at)
              and sc.to_stage in ('PROSPECT', 'QUALIFIED', 'PROPOSAL', 'NEGOTIATION')
            group by sc.to_stage
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final PaceQuery pace;
    private final AccessGuard guard;
    private final Clock clock;

    TeamDashboardQuery(NamedParameterJdbcTemplate jdbc, PaceQuery pace, AccessGuard guard, Clock clock) {
        this.jdbc = jdbc;
        this.pace = pace;
        this.guard = guard;
        this.clock = clock;
    }

    /** Cumulative won vs target pace vs forecast (won + commit) for the team over the period. */
    public SalesCurve salesCurve(long teamId, PeriodKind kind, DateRange period, LocalDate asOf) {
        guard.checkTeam(teamId);
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("team", teamId)
                .addValue("from", period.start()).addValue("to", period.end());
        return SalesCurve.of(kind.buckets(period), asOf, pace.teamMonthTargets(teamId, period),
                byDay(WON_BY_DAY, params), byDay(COMMIT_BY_DAY, params));
    }

    /** Committed open deals expected to close within the period after today. */
    public BigDecimal commitRemaining(long teamId, DateRange period, LocalDate asOf) {
        guard.checkTeam(teamId);
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("team", teamId)
                .addValue("from", asOf.plusDays(1)).addValue("to", period.end());
        return byDay(COMMIT_BY_DAY, params).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Open pipeline by stage now and seven days ago. */
    public List<StageTotal> stageTotals(long teamId) {
        guard.checkTeam(teamId);
        Instant now = clock.instant();
        Map<String, BigDecimal[]> now0 = stagesAt(teamId, now);
        Map<String, BigDecimal[]> before = stagesAt(teamId, now.minus(Duration.ofDays(7)));
        List<StageTotal> totals = new ArrayList<>();
        for (String stage : OPEN) {
            BigDecimal[] a = now0.getOrDefault(stage, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            BigDecimal[] b = before.getOrDefault(stage, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            totals.add(new StageTotal(stage, a[0], b[0], a[1].intValue(), b[1].intValue()));
        }
        return totals;
    }

    private Map<String, BigDecimal[]> stagesAt(long teamId, Instant at) {
        Map<String, BigDecimal[]> result = new HashMap<>();
        jdbc.query(STAGES_AT, new MapSqlParameterSource().addValue("team", teamId).addValue("at", Timestamp.from(at)),
                rs -> {
                    result.put(rs.getString("stage"),
                            new BigDecimal[] {rs.getBigDecimal("amount"), BigDecimal.valueOf(rs.getLong("deals"))});
                });
        return result;
    }

    private Map<LocalDate, BigDecimal> byDay(String sql, MapSqlParameterSource params) {
        Map<LocalDate, BigDecimal> result = new LinkedHashMap<>();
        jdbc.query(sql, params, rs -> {
            result.put(rs.getDate("on_day").toLocalDate(), rs.getBigDecimal("amount"));
        });
        return result;
    }
}
