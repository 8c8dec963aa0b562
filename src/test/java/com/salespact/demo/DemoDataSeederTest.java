package com.salespact.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.SeededCompany;
import com.salespact.base.CompanySettings;
import com.salespact.base.StartupWork;
import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import java.math.BigDecimal;
import java.time.Clock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Seeds a migrated in-memory H2 database with a frozen clock and checks the demo company makes sense. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataSeederTest {

    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    private static final FiscalCalendar CALENDAR = new FiscalCalendar(1);
    private static final BCryptPasswordEncoder ENCODER = new BCryptPasswordEncoder();

    private DataSource dataSource;
    private JdbcTemplate jdbc;
    private DemoSeedReport report;

    @BeforeAll
    void seedOnce() {
        dataSource = migratedDatabase("seedtest");
        jdbc = new JdbcTemplate(dataSource);
        long started = System.nanoTime();
        report = seeder(dataSource).seed().orElseThrow();
        System.out.printf("Demo seed on H2 took %d ms: %s%n", (System.nanoTime() - started) / 1_000_000, report);
    }

    @Test
    void seedsTheCast() {
        assertThat(count("select count(*) from person where role = 'ADMIN' and team_id is null")).isEqualTo(1);
        assertThat(count("select count(*) from person where role = 'MANAGER'")).isEqualTo(2);
        assertThat(count("select count(*) from person where role = 'REP'")).isEqualTo(12);
        assertThat(jdbc.queryForList("""
                select t.name, p.rep_style, count(*) as reps from person p join team t on t.id = p.team_id
                where p.role = 'REP' group by t.name, p.rep_style""")).hasSize(4)
                .allSatisfy(row -> assertThat(((Number) row.get("REPS")).intValue()).isEqualTo(3));
        assertThat(jdbc.queryForList("""
                select t.name, m.username from team t join person m on m.id = t.manager_id
                where m.role = 'MANAGER' and m.team_id = t.id order by t.name"""))
                .extracting(row -> row.get("USERNAME")).containsExactly("manager", "sofia");
        assertThat(jdbc.queryForObject("select rep_style from person where username = 'rep'", String.class))
                .isEqualTo("HUNTER");
        assertThat(count("select count(*) from user_account")).isEqualTo(15);
        assertThat(passwordHash("rep")).startsWith("$2");
        assertThat(ENCODER.matches("rep", passwordHash("rep"))).isTrue();
        assertThat(ENCODER.matches("admin", passwordHash("admin"))).isTrue();
        assertThat(ENCODER.matches("admin", passwordHash("sofia"))).isFalse();
    }

    @Test
    void seedsTargetsWithSeasonalityAndRevisions() {
        for (int year : new int[] {2025, 2026}) {
            assertThat(count("select count(*) from target t join person p on p.id = t.person_id "
                    + "where p.role = 'REP' and t.fiscal_year = " + year)).isEqualTo(12);
        }
        assertThat(count("select count(*) from target where team_id is not null")).isZero();
        assertThat(jdbc.queryForList("select sum(weight) as total from target_month_weight group by target_id"))
                .extracting(row -> (BigDecimal) row.get("TOTAL"))
                .allSatisfy(total -> assertThat(total).isEqualByComparingTo("12"));
        assertThat(count("select count(*) from target_revision r join person p on p.id = r.changed_by "
                + "where p.role = 'MANAGER' and r.reason = 'Initial target'")).isEqualTo(report.targets());
        assertThat(count("select count(*) from commission_plan where fiscal_year = 2026")).isEqualTo(12);
    }

    @Test
    void seedsAccountsForHuntersAndFarmers() {
        assertThat(count("select count(*) from account")).isEqualTo(80);
        assertThat(count("select count(*) from account where account_class = 'A'")).isEqualTo(12);
        assertThat(count("select count(*) from account where account_class = 'B'")).isEqualTo(24);
        assertThat(count("""
                select count(*) from account a join person p on p.id = a.owner_id
                where p.role <> 'REP' or (p.rep_style = 'HUNTER') <> (a.business_type = 'NEW')""")).isZero();
        assertThat(count("select count(*) from account_plan pl join account a on a.id = pl.account_id "
                + "where a.account_class in ('A', 'B')")).isEqualTo(36);
        assertThat(count("select count(*) from account_plan")).isEqualTo(36);
    }

    @Test
    void dealsAreConsistent() {
        assertThat(report.deals()).isBetween(800, 3000);
        assertThat(count("select count(*) from deal where gross_profit > amount or gross_profit < 0")).isZero();
        assertThat(count("select count(*) from deal where amount < 5000 or amount > 150000")).isZero();
        assertThat(count("select count(*) from deal where closed_on > date '2026-11-18'")).isZero();
        assertThat(count("select count(*) from deal where (closed_on is null) = (stage in ('WON', 'LOST'))")).isZero();
        assertThat(count("select count(*) from deal where stage = 'LOST' and lost_reason is null")).isZero();
        assertThat(count("select count(*) from deal where closed_on is null and next_step is null")).isZero();
        assertThat(count("select count(*) from deal where closed_on is null "
                + "and expected_close_date < date '2026-11-18'")).as("a few open deals are overdue").isPositive();
        double winRate = (double) report.wonDeals() / (report.wonDeals() + report.lostDeals());
        assertThat(winRate).isBetween(0.28, 0.47);
    }

    @Test
    void everyDealHasAnOrderedStageHistoryEndingInItsStage() {
        record Change(long dealId, String from, String to, OffsetDateTime at, String stage, OffsetDateTime entered,
                OffsetDateTime created) {
        }
        List<Change> changes = jdbc.query("""
                select c.deal_id, c.from_stage, c.to_stage, c.changed_at, d.stage, d.stage_entered_at, d.created_at
                from stage_change c join deal d on d.id = c.deal_id
                where c.changed_by = d.owner_id order by c.deal_id, c.changed_at, c.id""",
                (rs, i) -> new Change(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class), rs.getObject(7, OffsetDateTime.class)));
        assertThat(changes).hasSize(report.stageChanges());
        OffsetDateTime now = NOW.atOffset(ZoneOffset.UTC);
        int deals = 0;
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            boolean first = i == 0 || changes.get(i - 1).dealId() != change.dealId();
            boolean last = i == changes.size() - 1 || changes.get(i + 1).dealId() != change.dealId();
            if (first) {
                deals++;
                assertThat(change.from()).isNull();
                assertThat(change.to()).isEqualTo("PROSPECT");
                assertThat(change.created()).isBefore(change.at());
            } else {
                Change previous = changes.get(i - 1);
                assertThat(change.from()).isEqualTo(previous.to());
                assertThat(change.at()).isAfter(previous.at());
            }
            if (last) {
                assertThat(change.to()).isEqualTo(change.stage());
                assertThat(change.at()).isEqualTo(change.entered()).isBefore(now);
            }
        }
        assertThat(deals).isEqualTo(report.deals());
    }

    @Test
    void everyRepWinsThisQuarterAtDifferentPaces() {
        DateRange quarter = CALENDAR.quarterOf(TODAY);
        List<Double> attainments = new ArrayList<>();
        for (Map<String, Object> rep : jdbc.queryForList("""
                select p.id, t.id as target_id, t.revenue from person p
                join target t on t.person_id = p.id and t.fiscal_year = 2026 where p.role = 'REP'""")) {
            BigDecimal won = jdbc.queryForObject("""
                    select coalesce(sum(amount), 0) from deal
                    where owner_id = ? and stage = 'WON' and closed_on between ? and ?""", BigDecimal.class,
                    rep.get("ID"), quarter.start(), TODAY);
            assertThat(won).as("won this quarter by rep %s", rep.get("ID")).isPositive();
            attainments.add(won.doubleValue() / proRatedTarget((BigDecimal) rep.get("REVENUE"),
                    ((Number) rep.get("TARGET_ID")).longValue(), quarter));
        }
        assertThat(attainments).hasSize(12).allSatisfy(a -> assertThat(a).isBetween(0.5, 1.4));
        assertThat(attainments).anySatisfy(a -> assertThat(a).isLessThan(0.85));
        assertThat(attainments).anySatisfy(a -> assertThat(a).isGreaterThanOrEqualTo(1.0));
        assertThat(attainments).anySatisfy(a -> assertThat(a).isBetween(0.85, 1.0));
    }

    @Test
    void activitiesCoverEveryWorkingDayAndSomeRepsMissTheirCalls() {
        assertThat(report.activities()).isBetween(45_000, 65_000);
        assertThat(count("select count(*) from activity where activity_date > date '2026-11-18'")).isZero();
        assertThat(count("select count(*) from activity where activity_date = date '2026-11-18'")).isPositive();
        assertThat(count("select count(distinct activity_date) from activity"))
                .isEqualTo(FiscalCalendar.workingDaysBetween(TODAY.minusMonths(18), TODAY));
        List<Double> callsPerWeek = jdbc.queryForList("""
                select count(*) * 5.0 / ? from activity where kind = 'CALL' group by rep_id""", Double.class,
                FiscalCalendar.workingDaysBetween(TODAY.minusMonths(18), TODAY));
        assertThat(callsPerWeek).hasSize(12)
                .anySatisfy(calls -> assertThat(calls).isLessThan(40))
                .anySatisfy(calls -> assertThat(calls).isGreaterThanOrEqualTo(40));
    }

    @Test
    void seedsFeedback360sCoachingAndTrainingInThePast() {
        assertThat(count("select count(*) from feedback")).isBetween(40, 70);
        assertThat(count("select count(*) from feedback where created_at >= timestamp with time zone "
                + "'2026-11-18 10:00:00+00'")).isZero();
        assertThat(count("select count(*) from feedback where kind = 'CONSTRUCTIVE' and shared_with_subject = false"
                + " and relation = 'MANAGER'")).as("private notes for the weaker reps").isPositive();
        assertThat(jdbc.queryForList("""
                select about_id, count(*) as notes from feedback where relation = 'UPWARD' and shared_with_subject = true
                group by about_id""")).hasSize(2)
                .allSatisfy(row -> assertThat(((Number) row.get("NOTES")).intValue()).isGreaterThanOrEqualTo(2));

        assertThat(jdbc.queryForList("""
                select s.username, count(*) as asked, count(r.answered_at) as answered, min(r.rating) as low
                from feedback_request r join person s on s.id = r.subject_id
                where r.period_start = date '2026-07-01' and r.period_end = date '2026-09-30'
                group by s.username order by s.username"""))
                .extracting(row -> row.get("USERNAME") + " " + row.get("ASKED") + "/" + row.get("ANSWERED"))
                .containsExactly("cconti 5/4", "elarsen 5/4", "mbianchi 5/5", "rep 5/5");
        assertThat(count("select count(*) from feedback_request where answered_at is not null"
                + " and (rating not between 1 and 5 or answered_at < requested_at)")).isZero();
        assertThat(count("""
                select count(*) from feedback_request r join person p on p.id = r.respondent_id
                where r.answered_at is null and r.period_start = date '2026-10-01' and p.username = 'rep'""")).isEqualTo(1);

        assertThat(count("select count(*) from coaching_session where held_on < date '2026-08-18'"
                + " or held_on >= date '2026-11-18'")).isZero();
        assertThat(count("select count(*) from coaching_session where extract(isodow from held_on) > 5")).isZero();
        assertThat(jdbc.queryForList("""
                select p.username, sum(c.hours) as hours from coaching_session c join person p on p.id = c.rep_id
                where p.username in ('jberg', 'lkim') group by p.username order by p.username"""))
                .extracting(row -> (BigDecimal) row.get("HOURS"))
                .satisfies(hours -> assertThat(hours.get(0)).as("the weakest rep gets more coaching")
                        .isGreaterThan(hours.get(1)));
        assertThat(count("select count(distinct rep_id) from development_note")).isEqualTo(12);
        assertThat(count("select count(*) from training_item")).isEqualTo(36);
        assertThat(count("select count(*) from training_item where (status = 'DONE') <> (completed_at is not null)"))
                .isZero();
    }

    @Test
    void sameDayGivesTheSameCompany() {
        JdbcTemplate other = new JdbcTemplate(migratedDatabase("seedtest2"));
        seeder(other.getDataSource()).seed().orElseThrow();
        String digest = "select external_id, amount, gross_profit, stage, closed_on from deal order by external_id";
        assertThat(other.queryForList(digest)).isEqualTo(jdbc.queryForList(digest));
        String sums = "select count(*), sum(amount), sum(gross_profit) from deal";
        assertThat(other.queryForMap(sums)).isEqualTo(jdbc.queryForMap(sums));
        assertThat(other.queryForObject("select count(*) from activity", Integer.class))
                .isEqualTo(report.activities());
    }

    @Test
    void doesNothingWhenPeopleExist() {
        int deals = count("select count(*) from deal");
        assertThat(seeder(dataSource).seed()).isEmpty();
        assertThat(count("select count(*) from person")).isEqualTo(15);
        assertThat(count("select count(*) from deal")).isEqualTo(deals);
    }

    /** Month targets (annual × weight ÷ 12) pro-rated by elapsed working days, summed over the quarter. */
    private double proRatedTarget(BigDecimal annual, long targetId, DateRange quarter) {
        double target = 0;
        for (LocalDate month = quarter.start(); month.isBefore(quarter.end()); month = month.plusMonths(1)) {
            DateRange range = CALENDAR.monthOf(month);
            double weight = Objects.requireNonNull(jdbc.queryForObject(
                    "select weight from target_month_weight where target_id = ? and fiscal_month = ?",
                    BigDecimal.class, targetId, CALENDAR.fiscalMonthOf(month))).doubleValue();
            target += annual.doubleValue() * weight / 12 * range.workingDaysElapsed(TODAY) / range.workingDays();
        }
        return target;
    }

    private String passwordHash(String username) {
        return new SeededCompany(jdbc).userAccount(username).passwordHash();
    }

    private int count(String sql) {
        Integer count = jdbc.queryForObject(sql, Integer.class);
        return count == null ? 0 : count;
    }

    /**
     * One connection for Flyway and the seeder: H2 2.4.240 breaks string CHECK constraints once the connection that
     * created the table is closed (h2database/h2database#4302), so the migrating connection must stay open.
     */
    private static DataSource migratedDatabase(String name) {
        DataSource dataSource = new SingleConnectionDataSource(
                "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", true);
        Flyway.configure().dataSource(dataSource).placeholders(java.util.Map.of("company_zone", "UTC")).load().migrate();
        return dataSource;
    }

    private static DemoDataSeeder seeder(DataSource dataSource) {
        return new DemoDataSeeder(dataSource, new DataSourceTransactionManager(dataSource),
                Clock.fixed(NOW, ZoneOffset.UTC), new CompanySettings("X", "EUR", 1, "en-GB"), ENCODER,
                new StartupWork(new JdbcTemplateLockProvider(dataSource)));
    }
}
