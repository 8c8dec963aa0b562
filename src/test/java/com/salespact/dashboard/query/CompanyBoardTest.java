package com.salespact.dashboard.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.salespact.KeptRows;
import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.base.DateRange;
import com.salespact.base.PeriodKind;
import com.salespact.deals.query.PipelineQuery;
import com.salespact.goals.GoalService;
import com.salespact.goals.SalesCurve;
import com.salespact.goals.query.PaceQuery;
import com.salespact.goals.query.TeamPace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The company-wide dashboard is the teams' dashboards added up: every figure equals the sum of the same figure on each
 * team's own board (an explicit team target included), the teams come behind first, and only admins may read it.
 */
@SpringBootTest
@ActiveProfiles("test")
class CompanyBoardTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    static final DateRange QUARTER = new DateRange(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));

    @Autowired TeamBoardQuery boards;
    @Autowired PaceQuery pace;
    @Autowired PipelineQuery pipeline;
    @Autowired GoalService goals;
    @Autowired SeededCompany company;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    private KeptRows kept;

    @BeforeEach
    void signIn() {
        TestSupport.signIn(users, "admin");
        kept = new KeptRows(jdbc).targetsOfTeam(company.teamManagedBy("manager")).addedTo("app_notification");
    }

    @AfterEach
    void signOut() {
        TestSupport.signOut();
        kept.restore();
    }

    private List<TeamBoard> teamBoards(PeriodKind kind) {
        return List.of(company.teamManagedBy("manager"), company.teamManagedBy("sofia")).stream()
                .map(team -> boards.team(team, kind, TODAY)).toList();
    }

    @Test
    void everyFigureIsTheSumOfTheTeamsOwnBoards() {
        for (PeriodKind kind : PeriodKind.values()) {
            CompanyBoard board = boards.company(kind, TODAY);
            List<TeamBoard> teams = teamBoards(kind);
            assertThat(board.range()).isEqualTo(teams.getFirst().range());

            assertThat(board.pace().actualRevenue()).as(kind + " won")
                    .isEqualByComparingTo(sum(teams, team -> team.pace().actualRevenue()));
            assertThat(board.pace().target()).as(kind + " target")
                    .isEqualByComparingTo(sum(teams, team -> team.pace().target()));
            assertThat(board.pace().dueTarget()).as(kind + " due")
                    .isEqualByComparingTo(sum(teams, team -> team.pace().dueTarget()));
            assertThat(board.pace().grossProfitTarget())
                    .isEqualByComparingTo(sum(teams, team -> team.pace().grossProfitTarget()));
            assertThat(board.openToPeriodEnd()).isEqualByComparingTo(sum(teams, TeamBoard::openToPeriodEnd));
            assertThat(board.forecast()).isEqualByComparingTo(sum(teams, TeamBoard::forecast));
            assertThat(board.pace().reps()).hasSize(teams.stream().mapToInt(team -> team.pace().reps().size()).sum());

            for (int stage = 0; stage < board.stages().size(); stage++) {
                int i = stage;
                assertThat(board.stages().get(i).now()).isEqualByComparingTo(sum(teams, t -> t.stages().get(i).now()));
                assertThat(board.stages().get(i).weekAgo())
                        .isEqualByComparingTo(sum(teams, t -> t.stages().get(i).weekAgo()));
            }
            SalesCurve curve = board.curve();
            for (int bucket = 0; bucket < curve.buckets().size(); bucket++) {
                int b = bucket;
                if (curve.actual().get(b) != null) {
                    assertThat(curve.actual().get(b)).isEqualByComparingTo(sum(teams, t -> t.curve().actual().get(b)));
                }
                // Each curve rounds its target pace to whole units.
                assertThat(curve.targetPace().get(b))
                        .isCloseTo(sum(teams, t -> t.curve().targetPace().get(b)), within(new BigDecimal("2")));
            }
        }
        assertThat(boards.company(PeriodKind.QUARTER, TODAY).pace().actualRevenue()).as("the quarter had wins")
                .isPositive();
    }

    @Test
    void eachTeamIsAsItsOwnDashboardHasItBehindFirst() {
        CompanyBoard board = boards.company(PeriodKind.QUARTER, TODAY);
        assertThat(board.teams()).extracting(TeamStanding::teamId).containsExactlyInAnyOrder(
                company.teamManagedBy("manager"), company.teamManagedBy("sofia"));
        assertThat(board.teams()).isSortedAccordingTo(TeamStanding.BEHIND_FIRST);
        for (TeamStanding team : board.teams()) {
            TeamPace own = pace.team(team.teamId(), QUARTER, TODAY);
            assertThat(team.figures()).isEqualTo(own);
            assertThat(team.repsBehind()).isEqualTo(own.reps().stream()
                    .filter(rep -> rep.pace() != com.salespact.base.Pace.ON_TRACK).count());
        }
    }

    @Test
    void anExplicitTeamTargetCountsInTheCompanyTarget() {
        long north = company.teamManagedBy("manager");
        long south = company.teamManagedBy("sofia");
        var saved = goals.setTeamTarget(north, 2026, new BigDecimal("12000000"), new BigDecimal("3000000"), null,
                "Board asked for more", null);
        try {
            CompanyBoard board = boards.company(PeriodKind.QUARTER, TODAY);
            BigDecimal southTarget = pace.team(south, QUARTER, TODAY).target();
            assertThat(board.pace().target()).isEqualByComparingTo(southTarget.add(new BigDecimal("3000000")));
            assertThat(board.curve().targetPace().getLast())
                    .isCloseTo(southTarget.add(new BigDecimal("3000000")), within(new BigDecimal("2")));
        } finally {
            goals.clearTeamTarget(north, 2026, "Back to the reps' sum", saved.version());
        }
    }

    @Test
    void onlyAdminsReadTheWholeCompany() {
        for (String username : List.of("manager", "rep")) {
            TestSupport.signIn(users, username);
            assertThatThrownBy(() -> boards.company(PeriodKind.QUARTER, TODAY)).as(username)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> pace.teams(QUARTER, TODAY)).as(username).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> pipeline.companyOpenTotal(QUARTER)).as(username)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private static BigDecimal sum(List<TeamBoard> teams, java.util.function.Function<TeamBoard, BigDecimal> figure) {
        return teams.stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
