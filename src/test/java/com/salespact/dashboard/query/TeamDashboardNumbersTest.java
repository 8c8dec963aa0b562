package com.salespact.dashboard.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.KeptRows;
import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.activities.ActivityKind;
import com.salespact.activities.query.ScoreLine;
import com.salespact.activities.query.ScorecardQuery;
import com.salespact.activities.query.WeekScorecard;
import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.PeriodKind;
import com.salespact.goals.SalesCurve;
import com.salespact.goals.query.PaceQuery;
import com.salespact.goals.query.TeamPace;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Dashboard figures against an independent recomputation from raw rows of the seeded data. Subclassed for
 * PostgreSQL, so both databases must agree with plain arithmetic.
 */
@SpringBootTest
@ActiveProfiles("test")
public class TeamDashboardNumbersTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    static final DateRange QUARTER = new DateRange(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));

    @Autowired PaceQuery pace;
    @Autowired TeamDashboardQuery dashboard;
    @Autowired ScorecardQuery scorecards;
    @Autowired JdbcTemplate jdbc;
    @Autowired SeededCompany company;
    @Autowired UserDetailsService users;
    @Autowired com.salespact.goals.GoalService goals;

    long team;

    /** The team's own target, which one test sets and clears, put back after each test. */
    private KeptRows kept;

    @BeforeEach
    void signIn() {
        TestSupport.signIn(users, "manager");
        team = company.teamManagedBy("manager");
        kept = new KeptRows(jdbc).targetsOfTeam(team).addedTo("app_notification");
    }

    @AfterEach
    void signOut() {
        TestSupport.signOut();
        kept.restore();
    }

    @Test
    void wonRevenueAndProRatedTargetMatchRawRows() {
        TeamPace teamPace = pace.team(team, QUARTER, TODAY);

        BigDecimal won = jdbc.queryForObject("""
                select coalesce(sum(d.amount), 0) from deal d join person p on p.id = d.owner_id
                where p.team_id = ? and d.stage = 'WON' and d.closed_on between '2026-10-01' and '2026-12-31'""",
                BigDecimal.class, team);
        assertThat(teamPace.actualRevenue()).isEqualByComparingTo(won);

        // Independent: annual × weight ÷ Σweights per month; October whole, November 13 of 21 working days.
        BigDecimal quarterTarget = BigDecimal.ZERO;
        BigDecimal due = BigDecimal.ZERO;
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select t.id, t.revenue, w.fiscal_month, w.weight from target t join person p on p.id = t.person_id
                join target_month_weight w on w.target_id = t.id
                where p.team_id = ? and p.role = 'REP' and t.fiscal_year = 2026""", team);
        for (Map<String, Object> row : rows) {
            BigDecimal total = jdbc.queryForObject("select sum(weight) from target_month_weight where target_id = ?",
                    BigDecimal.class, row.get("ID") == null ? row.get("id") : row.get("ID"));
            BigDecimal monthly = ((BigDecimal) value(row, "revenue")).multiply((BigDecimal) value(row, "weight"))
                    .divide(total, MathContext.DECIMAL64);
            int month = ((Number) value(row, "fiscal_month")).intValue();
            if (month >= 10) {
                quarterTarget = quarterTarget.add(monthly);
            }
            if (month == 10) {
                due = due.add(monthly);
            } else if (month == 11) {
                due = due.add(monthly.multiply(BigDecimal.valueOf(13)).divide(BigDecimal.valueOf(21), MathContext.DECIMAL64));
            }
        }
        assertThat(teamPace.target()).isCloseTo(quarterTarget, org.assertj.core.data.Offset.offset(new BigDecimal("1.00")));
        assertThat(teamPace.dueTarget()).isCloseTo(due, org.assertj.core.data.Offset.offset(new BigDecimal("1.00")));
        assertThat(teamPace.reps()).hasSize(6);
    }

    @Test
    void salesCurveEndsTodayAtTheWonTotalAndReachesTheFullTargetAtQuarterEnd() {
        SalesCurve curve = dashboard.salesCurve(team, PeriodKind.QUARTER, QUARTER, TODAY);
        TeamPace teamPace = pace.team(team, QUARTER, TODAY);
        List<BigDecimal> actual = curve.actual().stream().filter(java.util.Objects::nonNull).toList();
        assertThat(actual.getLast()).isEqualByComparingTo(teamPace.actualRevenue());
        assertThat(actual).isSortedAccordingTo(BigDecimal::compareTo);
        assertThat(curve.targetPace().getLast()).isCloseTo(teamPace.target().setScale(0, java.math.RoundingMode.HALF_UP),
                org.assertj.core.data.Offset.offset(BigDecimal.ONE));
        BigDecimal commit = jdbc.queryForObject("""
                select coalesce(sum(d.amount), 0) from deal d join person p on p.id = d.owner_id
                where p.team_id = ? and d.forecast_category = 'COMMIT'
                  and d.stage in ('PROSPECT','QUALIFIED','PROPOSAL','NEGOTIATION')
                  and d.expected_close_date between '2026-11-19' and '2026-12-31'""", BigDecimal.class, team);
        assertThat(curve.forecast().getLast()).isEqualByComparingTo(teamPace.actualRevenue().add(commit));
    }

    @Test
    void pipelineNowFromStageHistoryEqualsTheDealsCurrentStages() {
        List<StageTotal> totals = dashboard.stageTotals(team);
        for (StageTotal total : totals) {
            BigDecimal direct = jdbc.queryForObject("""
                    select coalesce(sum(d.amount), 0) from deal d join person p on p.id = d.owner_id
                    where p.team_id = ? and d.stage = ?""", BigDecimal.class, team, total.stage());
            assertThat(total.now()).as(total.stage()).isEqualByComparingTo(direct);
        }
        assertThat(totals).extracting(StageTotal::stage).containsExactly("PROSPECT", "QUALIFIED", "PROPOSAL", "NEGOTIATION");
    }

    @Test
    void anExplicitTeamTargetReplacesTheSumOfRepsUntilCleared() {
        TeamPace sumOfReps = pace.team(team, QUARTER, TODAY);
        var saved = goals.setTeamTarget(team, 2026, new BigDecimal("12000000"), new BigDecimal("3000000"), null,
                "Board asked for more", null);
        try {
            TeamPace explicit = pace.team(team, QUARTER, TODAY);
            // Flat weights: a quarter is three twelfths.
            assertThat(explicit.target()).isEqualByComparingTo("3000000");
            assertThat(explicit.grossProfitTarget()).isEqualByComparingTo("750000");
            assertThat(explicit.actualRevenue()).isEqualByComparingTo(sumOfReps.actualRevenue());
            assertThat(dashboard.salesCurve(team, PeriodKind.QUARTER, QUARTER, TODAY).targetPace().getLast())
                    .isEqualByComparingTo("3000000");
        } finally {
            goals.clearTeamTarget(team, 2026, "Back to the reps' sum", saved.version());
        }
        assertThat(pace.team(team, QUARTER, TODAY).target()).isEqualByComparingTo(sumOfReps.target());
    }

    @Test
    void scorecardCountsThisWeeksActivities() {
        DateRange week = FiscalCalendar.isoWeekOf(TODAY);
        List<WeekScorecard> cards = scorecards.team(team, week, TODAY);
        assertThat(cards).hasSize(6);
        for (WeekScorecard card : cards) {
            int calls = company.activitiesOf(card.repId(), ActivityKind.CALL, LocalDate.of(2026, 11, 16),
                    LocalDate.of(2026, 11, 22));
            assertThat(card.line(ScoreLine.Metric.CALLS).actual()).isEqualTo(calls);
            // Wednesday: three of five working days are due.
            assertThat(card.line(ScoreLine.Metric.CALLS).dueByNow()).isEqualByComparingTo("24");
        }
    }

    private static Object value(Map<String, Object> row, String key) {
        Object value = row.get(key);
        return value != null ? value : row.get(key.toUpperCase());
    }
}
