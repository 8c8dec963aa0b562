package com.salespact.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.base.Money;
import com.salespact.base.PeriodKind;
import com.salespact.base.ui.HtmlTable;
import com.salespact.base.ui.KaribuTest;
import com.salespact.base.ui.KpiCard;
import com.salespact.base.ui.SegmentedToggle;
import com.salespact.dashboard.query.CompanyBoard;
import com.salespact.dashboard.query.TeamBoardQuery;
import com.salespact.dashboard.query.TeamStanding;
import com.salespact.people.TeamSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An admin's dashboard opens on all teams: the team dashboard's cards and charts summed over every team, and the
 * teams behind first, each linking to its own dashboard. Managers and reps never get it.
 */
class CompanyDashboardTest extends KaribuTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    @Autowired TeamBoardQuery boards;
    @Autowired JdbcTemplate jdbc;
    @Autowired com.salespact.activities.ActivityService activities;

    @org.junit.jupiter.api.BeforeEach
    void forgetWhatIsLogged() {
        kept.addedTo("activity");
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<TeamSummary> picker() {
        return _get(ComboBox.class, spec -> spec.withId("team-picker"));
    }

    private static CompanyTeamsTable teams() {
        return _get(CompanyTeamsTable.class, spec -> spec.withId("company-teams"));
    }

    private static List<String> cards() {
        return _find(KpiCard.class).stream().map(KpiCard::text).toList();
    }

    private static String heading() {
        return _get(H2.class).getText();
    }

    @Test
    void anAdminOpensOnAllTeamsWithTheWholeCompanysFiguresAndTheTeamsBehindFirst() {
        login("admin");
        UI.getCurrent().navigate(DashboardView.class);

        assertThat(picker().getValue().name()).isEqualTo("All teams");
        assertThat(picker().getListDataView().getItems().map(TeamSummary::name).toList())
                .containsExactly("All teams", "North", "South");
        assertThat(heading()).isEqualTo("All teams · This quarter 1 Oct 2026 – 31 Dec 2026");

        BigDecimal wonByAllTeams = jdbc.queryForObject("""
                select sum(d.amount) from deal d join person p on p.id = d.owner_id
                where p.team_id is not null and d.stage = 'WON' and d.closed_on between '2026-10-01' and '2026-12-31'""",
                BigDecimal.class);
        CompanyBoard board = boards.company(PeriodKind.QUARTER, TODAY);
        KpiCard revenue = _find(KpiCard.class).getFirst();
        assertThat(revenue.value()).isEqualTo("€" + Money.format(wonByAllTeams));
        assertThat(revenue.detail()).isEqualTo("of €" + Money.format(board.pace().target()) + " quarter target");
        assertThat(revenue.getElement().getProperty("innerHTML"))
                .contains("data-pace=\"" + board.pace().pace().name() + "\"");

        assertThat(teams().items()).isEqualTo(board.teams()).isSortedAccordingTo(TeamStanding.BEHIND_FIRST);
        String html = teams().getElement().getProperty("innerHTML");
        for (TeamStanding team : board.teams()) {
            String name = team.teamId() == company.teamManagedBy("manager") ? "North" : "South";
            assertThat(html).contains("<a router-link href=\"" + DashboardNavigation.teamLocation(team.teamId(),
                    "quarter").replace("&", "&amp;") + "\">" + name + "</a>");
            assertThat(DashboardNavigation.teamLocation(team.teamId(), "QUARTER")).startsWith("dashboard?")
                    .contains("team=" + team.teamId()).contains("period=quarter");
            assertThat(html).contains(team.repsBehind() + " of " + team.reps());
        }
        assertThat(html.split("class=\"pace-badge ", -1)).hasSize(board.teams().size() + 1);
        assertThat(_find(HtmlTable.class, spec -> spec.withId("rep-pace"))).as("no reps table").isEmpty();
        assertThat(_find(ScorecardGrid.class)).as("no standards of every rep").isEmpty();
        assertThat(_find(H3.class).stream().map(H3::getText).toList())
                .contains("Attainment by team (% of pro-rated target)", "Teams, behind first");
        assertThat(_get(DashboardView.class).attainment.getOption().categories()).as("the attainment chart's teams")
                .containsExactlyInAnyOrder("North", "South");
        DashboardView view = _get(DashboardView.class);
        assertThat(view.pipeline.getOption().series().getLast().values()).as("the pipeline now, every team")
                .isEqualTo(board.stages().stream().map(com.salespact.dashboard.query.StageTotal::now).toList());
    }

    @Test
    void aTeamsLinkOpensItsOwnDashboardAndAllTeamsComesBack() {
        long south = company.teamManagedBy("sofia");
        login("admin");
        UI.getCurrent().navigate(DashboardView.class);
        assertThat(teams().getElement().getProperty("innerHTML"))
                .contains("href=\"" + DashboardNavigation.teamLocation(south, "QUARTER").replace("&", "&amp;") + "\"");

        UI.getCurrent().navigate("dashboard", QueryParameters.fromString("team=" + south + "&period=quarter"));
        assertThat(picker().getValue().id()).isEqualTo(south);
        assertThat(heading()).startsWith("South · This quarter");
        assertThat(_find(CompanyTeamsTable.class)).isEmpty();
        assertThat(_get(HtmlTable.class, spec -> spec.withId("rep-pace")).items())
                .hasSize(company.activeRepNamesOf(south).size());

        picker().setValue(picker().getListDataView().getItems().filter(team -> team.name().equals("All teams"))
                .findFirst().orElseThrow());
        assertThat(heading()).startsWith("All teams · This quarter");
        assertThat(teams().items()).hasSize(2);
        assertThat(_find(HtmlTable.class, spec -> spec.withId("rep-pace"))).isEmpty();
    }

    @Test
    void theAddressAndThePeriodChooseTheCompanysPeriod() {
        login("admin");
        UI.getCurrent().navigate("dashboard", QueryParameters.fromString("team=all&period=year"));
        assertThat(picker().getValue().name()).isEqualTo("All teams");
        assertThat(heading()).isEqualTo("All teams · This fiscal year 1 Jan 2026 – 31 Dec 2026");
        CompanyBoard year = boards.company(PeriodKind.YEAR, TODAY);
        assertThat(cards()).anySatisfy(card -> assertThat(card).isEqualTo("Revenue won this fiscal year €"
                + Money.format(year.pace().actualRevenue()) + " of €" + Money.format(year.pace().target())
                + " fiscal-year target"));
        assertThat(teams().getElement().getProperty("innerHTML")).contains("period=year").doesNotContain("period=quarter");

        SegmentedToggle period = _get(SegmentedToggle.class, spec -> spec.withId("period-picker"));
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(period, "click",
                tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                        .put(SegmentedToggle.TAPPED, "WEEK").put(SegmentedToggle.ON_A_BUTTON, true));
        CompanyBoard week = boards.company(PeriodKind.WEEK, TODAY);
        assertThat(cards()).anySatisfy(card -> assertThat(card)
                .startsWith("Revenue won this week €" + Money.format(week.pace().actualRevenue())));
        assertThat(teams().items()).isEqualTo(week.teams());
    }

    @Test
    void allTeamsRedrawsOnAChangeInAnyTeam() {
        login("admin");
        UI.getCurrent().navigate(DashboardView.class);
        DashboardView view = _get(DashboardView.class);
        for (String rep : List.of(company.activeRepUsernamesOf(company.teamManagedBy("manager")).getFirst(),
                company.activeRepUsernamesOf(company.teamManagedBy("sofia")).getFirst())) {
            int before = view.refreshCount();
            activities.log(company.personId(rep), com.salespact.activities.ActivityKind.CALL, TODAY);
            awaitUntil(() -> view.refreshCount() > before);
        }
    }

    @Test
    void managersAndRepsSeeOneTeamAndNoCompany() {
        for (String username : List.of("manager", "rep")) {
            login(username);
            UI.getCurrent().navigate("dashboard", QueryParameters.fromString("team=all"));
            assertThat(_find(CompanyTeamsTable.class)).as(username).isEmpty();
            assertThat(_find(ComboBox.class, spec -> spec.withId("team-picker"))).as(username).isEmpty();
            assertThat(heading()).as(username).startsWith("North · ");
            assertThat(_get(HtmlTable.class, spec -> spec.withId("rep-pace")).items()).as(username).isNotEmpty();
        }
    }
}
