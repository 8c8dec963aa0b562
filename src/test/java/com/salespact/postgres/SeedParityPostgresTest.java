package com.salespact.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.MigrationTest;
import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.base.CompanySettings;
import com.salespact.base.DateRange;
import com.salespact.goals.query.PaceQuery;
import com.salespact.goals.query.RepPace;
import com.salespact.goals.query.TeamPace;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo company seeded on PostgreSQL is the one seeded on H2, and {@link PaceQuery} computes the same numbers on
 * both: row counts of every V1 table, won revenue per team in the quarter of the fixed test day 2026-11-18, and the
 * pace of every team and rep. The manager's team pace also equals an independent SQL sum of the team's won deals.
 * Both sides are freshly seeded databases of their own: other tests change the shared ones (the PostgreSQL side gets
 * its own Spring context, which cleans, migrates and seeds the test database again).
 */
@SpringBootTest
@PostgresTest
@TestPropertySource(properties = "salespact.test.context=seed-parity")
class SeedParityPostgresTest {

    static final LocalDate TEST_DAY = LocalDate.of(2026, 11, 18);

    /** The same application on a fresh in-memory H2 (profile test), started on demand from this class. */
    @SpringBootTest
    @ActiveProfiles("test")
    @TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:salespact-parity;DB_CLOSE_DELAY=-1")
    static class H2Twin {
    }

    private static TestContextManager h2Twin;

    @Autowired ApplicationContext postgres;

    static synchronized ApplicationContext h2() {
        if (h2Twin == null) {
            h2Twin = new TestContextManager(H2Twin.class);
        }
        return h2Twin.getTestContext().getApplicationContext();
    }

    @AfterAll
    static void closeH2Twin() {
        if (h2Twin != null) {
            h2Twin.getTestContext().markApplicationContextDirty(HierarchyMode.EXHAUSTIVE);
            h2Twin = null;
        }
    }

    @AfterEach
    void signOut() {
        TestSupport.signOut();
    }

    @Test
    void runsOnPostgresWithTheFixedTestDay() {
        assertThat(new JdbcTemplate(postgres.getBean(javax.sql.DataSource.class))
                .queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(LocalDate.now(postgres.getBean(Clock.class))).isEqualTo(TEST_DAY);
    }

    @Test
    void managersTeamPaceEqualsTheSumOfItsWonDealsOnPostgres() {
        assertManagersTeamPaceMatchesIndependentSum(postgres);
    }

    @Test
    void managersTeamPaceEqualsTheSumOfItsWonDealsOnH2() {
        assertManagersTeamPaceMatchesIndependentSum(h2());
    }

    @Test
    void seededDataAndPaceAreTheSameAsOnH2() throws IOException {
        Map<String, String> onPostgres = fingerprint(postgres);
        Map<String, String> onH2 = fingerprint(h2());
        assertThat(onPostgres).as("PostgreSQL (left) vs H2 (right)").isEqualTo(onH2);
    }

    private static void assertManagersTeamPaceMatchesIndependentSum(ApplicationContext context) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        DateRange quarter = context.getBean(CompanySettings.class).calendar().quarterOf(TEST_DAY);
        assertThat(quarter.contains(TEST_DAY)).isTrue();
        long teamId = new SeededCompany(jdbc).teamManagedBy("manager");
        Map<String, Object> expected = jdbc.queryForMap("""
                select coalesce(sum(d.amount), 0) as revenue, coalesce(sum(d.gross_profit), 0) as gp, count(*) as deals
                from deal d
                where d.stage = 'WON' and d.closed_on >= ? and d.closed_on <= ?
                  and d.owner_id in (select p.id from person p where p.team_id = ? and p.role = 'REP' and p.active = true)""",
                Date.valueOf(quarter.start()), Date.valueOf(quarter.end()), teamId);

        signIn(context, "manager");
        PaceQuery paceQuery = context.getBean(PaceQuery.class);
        TeamPace pace = paceQuery.team(teamId, quarter, TEST_DAY);

        assertThat(((Number) expected.get("deals")).longValue()).as("won deals of the manager's team this quarter").isPositive();
        assertThat(pace.actualRevenue()).isEqualByComparingTo((BigDecimal) expected.get("revenue"));
        assertThat(pace.actualGrossProfit()).isEqualByComparingTo((BigDecimal) expected.get("gp"));
        assertThat(pace.target()).isPositive();
        assertThat(pace.dueTarget()).isPositive().isLessThanOrEqualTo(pace.target());
        assertThat(paceQuery.visible(quarter, TEST_DAY).actualRevenue()).isEqualByComparingTo(pace.actualRevenue());
        TestSupport.signOut();
    }

    /** Everything that should not depend on the database, keyed by natural keys (never generated ids). */
    private static Map<String, String> fingerprint(ApplicationContext context) throws IOException {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        DateRange quarter = context.getBean(CompanySettings.class).calendar().quarterOf(TEST_DAY);
        Date from = Date.valueOf(quarter.start());
        Date to = Date.valueOf(quarter.end());
        Map<String, String> facts = new TreeMap<>();
        facts.put("today", LocalDate.now(context.getBean(Clock.class)).toString());
        facts.put("quarter", quarter.start() + ".." + quarter.end());

        for (String table : MigrationTest.tablesCreatedBy("db/migration/V1__domain.sql")) {
            facts.put("rows " + table, text(jdbc.queryForObject("select count(*) from " + table, Long.class)));
        }
        jdbc.query("""
                select t.name, count(d.id) as deals, coalesce(sum(d.amount), 0) as revenue, coalesce(sum(d.gross_profit), 0) as gp
                from team t
                join person p on p.team_id = t.id and p.role = 'REP' and p.active = true
                left join deal d on d.owner_id = p.id and d.stage = 'WON' and d.closed_on >= ? and d.closed_on <= ?
                group by t.name""", rs -> {
            String team = rs.getString("name");
            facts.put("won " + team, rs.getLong("deals") + " deals, " + text(rs.getBigDecimal("revenue"))
                    + " revenue, " + text(rs.getBigDecimal("gp")) + " gp");
        }, from, to);
        jdbc.query("select stage, count(*) as deals, sum(amount) as amount from deal group by stage", rs -> {
            facts.put("deals " + rs.getString("stage"), rs.getLong("deals") + " / " + text(rs.getBigDecimal("amount")));
        });
        jdbc.query("""
                select kind, count(*) as n from activity where activity_date >= ? and activity_date <= ? group by kind""",
                rs -> {
                    facts.put("activities " + rs.getString("kind"), text(rs.getLong("n")));
                }, from, to);

        signIn(context, "admin");
        PaceQuery paceQuery = context.getBean(PaceQuery.class);
        List<Map<String, Object>> teams = jdbc.queryForList("select id, name from team order by name");
        assertThat(teams).isNotEmpty();
        for (Map<String, Object> team : teams) {
            TeamPace pace = paceQuery.team(((Number) team.get("id")).longValue(), quarter, TEST_DAY);
            String name = (String) team.get("name");
            facts.put("pace " + name, text(pace.actualRevenue()) + " / " + text(pace.actualGrossProfit()) + " of "
                    + text(pace.target()) + " / " + text(pace.grossProfitTarget()) + ", due " + text(pace.dueTarget())
                    + ", " + pace.pace());
            for (RepPace rep : pace.reps()) {
                facts.put("pace " + name + " / " + rep.fullName(), text(rep.actualRevenue()) + " / "
                        + text(rep.actualGrossProfit()) + " of " + text(rep.target()) + " / "
                        + text(rep.grossProfitTarget()) + ", due " + text(rep.dueTarget()) + ", " + rep.pace());
            }
        }
        TestSupport.signOut();
        return facts;
    }

    /** Signs in on the given context (each context has its own security context holder strategy). */
    private static void signIn(ApplicationContext context, String username) {
        SecurityContextFollowsSpringContext.use(context);
        TestSupport.signIn(context.getBean(UserDetailsService.class), username);
    }

    private static String text(Number number) {
        return number == null ? "null" : new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
    }
}
