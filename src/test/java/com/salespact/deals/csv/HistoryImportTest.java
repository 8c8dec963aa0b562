package com.salespact.deals.csv;

import static com.salespact.deals.csv.CsvFixtures.ACCOUNTS_HEADER;
import static com.salespact.deals.csv.CsvFixtures.stream;
import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.activities.query.ScorecardQuery;
import com.salespact.base.CompanySettings;
import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.PeriodKind;
import com.salespact.commission.CommissionService;
import com.salespact.dashboard.query.TeamBoardQuery;
import com.salespact.dashboard.query.TeamDashboardQuery;
import com.salespact.deals.query.PipelineQuery;
import com.salespact.goals.query.PaceQuery;
import com.salespact.pact.FormulaOverrides;
import com.salespact.pact.PactService;
import com.salespact.reviews.ReviewFactsCollector;
import com.salespact.reviews.ReviewKind;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Issue 14, point 4: a manager imports 10,000 deals of last year (created, won or lost between January and October
 * 2025) and no figure of this week or of any current period changes: team dashboard, wall, scorecards (new
 * opportunities), pace and my business, the ladder's inputs, commission, the sales formula's twelve months, the 1:1
 * facts. The rows were inserted this week, so any figure still counting by insert date would jump.
 */
@SpringBootTest
@ActiveProfiles("test")
class HistoryImportTest {

    private static final String P = "HIST-";
    private static final int DEALS = 10_000;
    private static final int ACCOUNTS = 40;
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 2);

    @Autowired CsvImportService imports;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired SeededCompany company;
    @Autowired Clock clock;
    @Autowired CompanySettings settings;
    @Autowired TeamBoardQuery boards;
    @Autowired TeamDashboardQuery dashboard;
    @Autowired ScorecardQuery scorecards;
    @Autowired PaceQuery pace;
    @Autowired PipelineQuery pipeline;
    @Autowired CommissionService commission;
    @Autowired PactService pacts;
    @Autowired ReviewFactsCollector reviewFacts;

    @BeforeEach
    @AfterEach
    void cleanUp() {
        TestSupport.signOut();
        CsvFixtures.cleanUp(jdbc, P);
    }

    @Test
    void importingLastYearsHistoryChangesNoFigureOfThisWeekOrOfAnyCurrentPeriod() {
        TestSupport.signIn(users, "manager");
        long team = company.teamOf("manager");
        List<String> reps = company.activeRepUsernamesOf(team);
        Map<String, Object> before = figures(team);

        importAll(CsvKind.ACCOUNTS, accounts(reps));
        long start = System.nanoTime();
        CsvResult result = importAll(CsvKind.DEALS, history(reps));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(result.created()).isEqualTo(DEALS);
        // Inserted this week: a figure counting by insert time would count all of them.
        assertThat(jdbc.queryForObject("select count(*) from deal where external_id like ? and created_at >= ?",
                Integer.class, P + "%", Timestamp.from(clock.instant().minusSeconds(60)))).isEqualTo(DEALS);
        assertThat(jdbc.queryForObject("select max(opened_on) from deal where external_id like ?", LocalDate.class,
                P + "%")).isBefore(LocalDate.of(2025, 11, 1));
        Map<String, Object> after = figures(team);
        assertThat(after).hasSameSizeAs(before);
        before.forEach((figure, value) -> assertThat(after.get(figure)).as(figure).isEqualTo(value));
        System.out.printf("HistoryImportTest: %d deals previewed and imported in %d ms%n", DEALS, millis);
    }

    private CsvResult importAll(CsvKind kind, String text) {
        CsvPreview preview = imports.preview(kind, stream(text));
        assertThat(preview.errors()).isEmpty();
        return imports.commit(preview);
    }

    private static String accounts(List<String> reps) {
        StringBuilder file = new StringBuilder(ACCOUNTS_HEADER).append('\n');
        for (int i = 0; i < ACCOUNTS; i++) {
            file.append(P).append("A").append(i).append(",History account ").append(i).append(',')
                    .append(reps.get(i % reps.size())).append(",B,NEW,,\n");
        }
        return file.toString();
    }

    /** Won and lost deals opened and closed between January and October of last year, on every rep of the team. */
    private static String history(List<String> reps) {
        StringBuilder file = new StringBuilder("external_id,name,account_external_id,owner_username,amount,"
                + "gross_profit,stage,forecast_category,expected_close_date,next_step,lost_reason,created_date,"
                + "closed_date\n");
        for (int i = 0; i < DEALS; i++) {
            LocalDate opened = FIRST_DAY.plusDays(i % 270);
            LocalDate closed = opened.plusDays(i % 30);
            boolean won = i % 3 != 0;
            file.append(P).append("D").append(i).append(",History deal ").append(i).append(',')
                    .append(P).append("A").append(i % ACCOUNTS).append(',').append(reps.get(i % reps.size()))
                    .append(',').append(1000 + i).append(".00,").append(200 + i % 500).append(".00,")
                    .append(won ? "WON,COMMIT," : "LOST,PIPELINE,").append(closed).append(",,")
                    .append(won ? "" : "Budget cut").append(',').append(opened).append(',').append(closed)
                    .append('\n');
        }
        return file.toString();
    }

    /** Every figure a dashboard, the wall, a scorecard, the ladder, commission or a 1:1 shows for the team now. */
    private Map<String, Object> figures(long team) {
        LocalDate today = LocalDate.now(clock);
        FiscalCalendar calendar = settings.calendar();
        DateRange thisWeek = FiscalCalendar.isoWeekOf(today);
        List<Long> repIds = company.activeRepIdsOf(team);
        Map<String, Object> figures = new LinkedHashMap<>();
        List<DateRange> weeks = new ArrayList<>();
        for (DateRange week = thisWeek; weeks.size() < 5; week = FiscalCalendar.isoWeekOf(week.start().minusDays(1))) {
            weeks.add(week);
        }
        for (PeriodKind kind : PeriodKind.values()) {
            DateRange range = kind.rangeOf(calendar, today);
            figures.put("wall " + kind, boards.team(team, kind, today));
            figures.put("team pace " + kind, pace.team(team, range, today));
            figures.put("team sales curve " + kind, dashboard.salesCurve(team, kind, range, today));
            figures.put("team commit remaining " + kind, dashboard.commitRemaining(team, range, today));
            figures.put("team pipeline " + kind, pipeline.teamByMonth(team, range));
            for (long rep : repIds) {
                figures.put("my business pace " + kind + " " + rep, pace.rep(rep, range, today));
                figures.put("my business pipeline " + kind + " " + rep, pipeline.repByMonth(rep, range));
            }
        }
        figures.put("team stage totals", dashboard.stageTotals(team));
        for (DateRange week : weeks) {
            figures.put("scorecards " + week.start(), scorecards.team(team, week, week.end().isAfter(today)
                    ? today : week.end()));
            for (long rep : repIds) {
                // The ladder's facts of a week: the quarter's pace at the week's end and the week's scorecard.
                figures.put("ladder pace " + week.start() + " " + rep,
                        pace.rep(rep, calendar.quarterOf(week.end()), week.end()));
                figures.put("ladder scorecard " + week.start() + " " + rep, scorecards.rep(rep, week, week.end()));
            }
        }
        for (long rep : repIds) {
            for (PeriodKind kind : List.of(PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR)) {
                figures.put("commission " + kind + " " + rep, commission.statement(rep, commission.currentPeriod(kind)));
            }
            figures.put("sales formula " + rep, pacts.formula(rep, BigDecimal.valueOf(1_000_000), FormulaOverrides.NONE));
            figures.put("1:1 facts " + rep, reviewFacts.collect(rep, null, ReviewKind.WEEKLY_ONE_ON_ONE, thisWeek,
                    clock.instant()));
        }
        return figures;
    }
}
