package com.salespact.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.base.FiscalCalendar;
import com.salespact.holidays.WorkingDays;
import com.salespact.reviews.FactsJson;
import com.salespact.reviews.OneOnOneCadence;
import com.salespact.reviews.ReviewFacts;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The demo review history on the test profile's seeded database (clock frozen on Wednesday 2026-11-18). */
@SpringBootTest
@ActiveProfiles("test")
class DemoReviewSeederTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired DemoReviewSeeder seeder;

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    @Test
    void everyRepHasSixWeeksOfOneOnOnesALastQuarterReviewAndWhatComesNext() {
        // Other tests add reviews to this shared database: count only the seeded days.
        assertThat(jdbc.queryForList("""
                select p.username, count(*) as n from review r join person p on p.id = r.rep_id
                where r.kind = 'WEEKLY_ONE_ON_ONE' and r.scheduled_for between date '2026-10-09' and date '2026-11-13'
                group by p.username""")).hasSize(12)
                .allSatisfy(row -> assertThat(((Number) row.get("N")).intValue()).isEqualTo(6));
        assertThat(count("select count(*) from review where kind = 'WEEKLY_ONE_ON_ONE' and status = 'CANCELLED'"
                + " and scheduled_for = date '2026-10-23'")).as("one cancelled week per team").isEqualTo(2);
        assertThat(count("select count(*) from review where kind = 'QUARTERLY_PLAN' and status = 'HELD'"
                + " and period_start = date '2026-07-01' and period_end = date '2026-09-30'")).isEqualTo(12);
        assertThat(count("select count(*) from review where status = 'HELD' and held_on > scheduled_for"))
                .as("a few held late").isPositive();
        assertThat(count("select count(*) from review where status = 'HELD' and facts_snapshot is null")).isZero();
        assertThat(count("select count(*) from review where status <> 'HELD' and facts_snapshot is not null")).isZero();
        assertThat(count("select count(*) from agenda_item where private_item = true")).isPositive();
        assertThat(count("select count(*) from review_reason rr join review r on r.id = rr.review_id"
                + " where r.period_start = date '2026-07-01'")).as("three months, twelve reps").isEqualTo(36);
        assertThat(count("select count(*) from celebration")).isPositive();
        assertThat(count("select count(*) from action_item where done_at > created_at")).isPositive();
        assertThat(count("select count(*) from action_item where done_at > timestamp with time zone "
                + "'2026-11-18 10:00:00+00'")).as("nothing done in the future").isZero();
        assertThat(count("""
                select count(*) from action_item a join review r on r.id = a.review_id
                where a.done_at is null and r.scheduled_for < date '2026-11-13'""")).as("open actions carried over")
                .isPositive();
    }

    @Test
    void snapshotsAreTheFactsAsOfTheirDay() {
        List<String> snapshots = jdbc.queryForList("""
                select r.facts_snapshot from review r join person p on p.id = r.rep_id
                where p.username = 'elarsen' and r.kind = 'WEEKLY_ONE_ON_ONE' and r.status = 'HELD'
                  and r.scheduled_for <= date '2026-11-13' order by r.held_at""", String.class);
        assertThat(snapshots).hasSizeGreaterThanOrEqualTo(5);
        ReviewFacts previous = null;
        for (String json : snapshots) {
            ReviewFacts facts = FactsJson.read(json);
            assertThat(facts.quarter().target()).isPositive();
            assertThat(facts.scorecard()).hasSize(4);
            if (previous != null) {
                assertThat(facts.baseline()).as("since the previous 1:1").isEqualTo(previous.moment());
            }
            previous = facts;
        }
    }

    @Test
    void seedsOnlyOnceAndThePlanIsDeterministic() {
        assertThat(seeder.seed()).isEmpty();
        DemoClock time = DemoClock.of(Clock.fixed(Instant.parse("2026-11-18T10:00:00Z"), ZoneOffset.UTC),
                new FiscalCalendar(1));
        List<DemoReviewPlanner.Rep> reps = List.of(
                new DemoReviewPlanner.Rep(4, "rep", "Ravi Patel", 2, 0, List.of("Calder", "Juniper")),
                new DemoReviewPlanner.Rep(5, "lkim", "Lena Kim", 2, 1, List.of("Dunmore")));
        OneOnOneCadence friday = OneOnOneCadence.weekly(DayOfWeek.FRIDAY);
        assertThat(new DemoReviewPlanner(time, new Random(7), WorkingDays.WEEKDAYS).reviews(reps, friday))
                .isEqualTo(new DemoReviewPlanner(time, new Random(7), WorkingDays.WEEKDAYS).reviews(reps, friday))
                .hasSize(2 * (DemoReviewPlanner.WEEKS + 3));
    }

    @Test
    void noReviewIsPlannedOnAHolidayAndTheDemoKeepsGermanPublicHolidays() {
        assertThat(jdbc.queryForList("select name from company_holiday where holiday_date between date '2026-01-01'"
                + " and date '2027-12-31'", String.class)).hasSize(18).contains("German Unity Day", "Whit Monday");
        assertThat(count("select count(*) from review r join company_holiday h on h.holiday_date = r.scheduled_for"))
                .isZero();
        assertThat(count("select count(*) from review where kind = 'QUARTERLY_PLAN' and status <> 'HELD'"
                + " and scheduled_for = date '2027-01-04'")).as("New Year's Day is a Friday: the Monday after")
                .isPositive();

        DemoClock time = DemoClock.of(Clock.fixed(Instant.parse("2026-11-18T10:00:00Z"), ZoneOffset.UTC),
                new FiscalCalendar(1));
        List<DemoReviewPlanner.Rep> reps = List.of(new DemoReviewPlanner.Rep(4, "rep", "Ravi Patel", 2, 0,
                List.of("Calder")));
        WorkingDays holidays = new WorkingDays(Set.of(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 6),
                LocalDate.of(2027, 1, 1)));
        assertThat(new DemoReviewPlanner(time, new Random(7), holidays).reviews(reps,
                OneOnOneCadence.weekly(DayOfWeek.FRIDAY))).extracting(DemoReviewPlanner.Review::date)
                .contains(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 9), LocalDate.of(2027, 1, 4))
                .doesNotContainAnyElementsOf(holidays.holidays());
    }
}
