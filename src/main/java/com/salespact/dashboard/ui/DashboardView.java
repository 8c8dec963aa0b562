package com.salespact.dashboard.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.activities.ActivityChanged;
import com.salespact.base.CompanySettings;
import com.salespact.base.PeriodKind;
import com.salespact.base.TeamDataChanged;
import com.salespact.base.TeamEvent;
import com.salespact.dashboard.query.CompanyBoard;
import com.salespact.dashboard.query.TeamBoard;
import com.salespact.dashboard.query.TeamBoardQuery;
import com.salespact.dashboard.query.TeamStanding;
import com.salespact.deals.DealChanged;
import com.salespact.goals.TargetChanged;
import com.salespact.base.LiveUpdates;
import com.salespact.base.ui.LiveRefresh;
import com.salespact.base.ui.SegmentedToggle;
import com.salespact.base.ui.chart.EChart;
import com.salespact.goals.query.RepPace;
import com.salespact.people.PeopleService;
import com.salespact.people.TeamSummary;
import com.salespact.security.Role;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The team's numbers for a period: sales vs goal (cumulative, with target pace and forecast), attainment by rep,
 * this week's minimum standards and the pipeline against a week ago. Live: a deal or activity change anywhere in the
 * team redraws it within a second, in place. The URL holds team and period. Admins open on all teams ({@code team=all}):
 * the same cards and charts summed, and the teams behind first, each linking to its own board. Reps see their own
 * team's board: the same figures the wall screen shows, never notes, feedback or commission.
 */
@Route("dashboard")
@Menu(order = 1, icon = "DASHBOARD", title = "nav.dashboard")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.REP_NAME})
public class DashboardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final TeamBoardQuery boards;
    private final String currency;
    private final Clock clock;
    private final H2 heading = new H2();
    /** Only for people who see several teams (admins); everyone else has one team and no picker. */
    private final ComboBox<TeamSummary> teamPicker;
    private TeamSummary team;
    /** "All teams" in the picker (admins): every team's figures summed; null for those who see one team. */
    private final TeamSummary allTeams;
    /** The company dashboard's teams, behind first (admins only). */
    private final CompanyTeamsTable companyTeams;
    /** The team shown, readable by the live-update check without the UI lock. */
    private volatile Long shownTeamId;
    /** Whether every team is shown, readable by the live-update check without the UI lock. */
    private volatile boolean companyShown;
    /** Week, month, quarter or year: one element (a Select with its items was six per user). */
    private final SegmentedToggle period;
    private final DashboardCards cards = new DashboardCards();
    private final H3 attainmentTitle = new H3();
    private final H3 repsTitle = new H3();
    private final Div standards;
    private final RepPaceTable reps = new RepPaceTable();
    private final ScorecardGrid scorecard = new ScorecardGrid();
    final EChart curve = new EChart();
    final EChart attainment = new EChart();
    final EChart pipeline = new EChart();
    private int refreshes;
    /** What is drawn now: a refresh redraws only the parts whose figures differ. */
    private TeamBoard shown;

    public DashboardView(TeamBoardQuery boards, PeopleService people, LiveUpdates live, CompanySettings settings,
                         Clock clock) {
        this.boards = boards;
        this.currency = settings.currency();
        this.clock = clock;
        setId("team-dashboard");
        addClassName("dashboard-view");

        List<TeamSummary> teams = people.visibleTeams();
        // Admins see several teams and open on all of them, the teams behind first.
        allTeams = teams.size() > 1 ? new TeamSummary(0, getTranslation("dashboard.company.all"), null) : null;
        team = allTeams != null ? allTeams : teams.isEmpty() ? null : teams.getFirst();
        teamPicker = allTeams != null ? teamPicker(teams) : null;
        companyTeams = allTeams != null ? new CompanyTeamsTable(teams) : null;
        Map<String, String> periods = new LinkedHashMap<>();
        for (PeriodKind kind : PeriodKind.values()) {
            periods.put(kind.name(), getTranslation("period." + kind.name()));
        }
        period = new SegmentedToggle(PeriodKind.QUARTER.name(), periods);
        period.getElement().setAttribute("aria-label", getTranslation("dashboard.period"));
        period.setId("period-picker");
        period.addValueChangeListener(event -> changed());
        curve.setId("sales-curve");
        attainment.setId("attainment-chart");
        pipeline.setId("pipeline-chart");

        Div filters = teamPicker == null ? new Div(period) : new Div(teamPicker, period);
        filters.addClassName("toolbar");
        Div charts = new Div(card(new H3(getTranslation("dashboard.curve")), curve), card(attainmentTitle, attainment),
                card(new H3(getTranslation("dashboard.pipeline")), pipeline));
        charts.addClassName("chart-grid");
        standards = card(new H3(getTranslation("dashboard.mas")), scorecard);
        standards.setWidthFull();
        add(heading, filters, cards, charts, standards, repsTitle, reps);
        if (companyTeams != null) {
            add(companyTeams);
        }
        showParts(allTeams == null);
        // Admins may switch teams: they listen to every team and keep the changes of the one shown.
        LiveRefresh.coalesced(this, live, () -> teamPicker != null ? null : team == null ? -1L : team.id(),
                event -> changesFigures(event) && (companyShown || shownTeamId != null && shownTeamId.equals(event.teamId())),
                this::refresh);
    }

    private static Div card(H3 title, com.vaadin.flow.component.Component content) {
        Div card = new Div(title, content);
        card.addClassName("chart-card");
        return card;
    }

    private ComboBox<TeamSummary> teamPicker(List<TeamSummary> teams) {
        ComboBox<TeamSummary> picker = new ComboBox<>(getTranslation("dashboard.team"),
                java.util.stream.Stream.concat(java.util.stream.Stream.of(allTeams), teams.stream()).toList());
        picker.setItemLabelGenerator(TeamSummary::name);
        picker.setId("team-picker");
        picker.setValue(team);
        picker.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                team = event.getValue();
                changed();
            }
        });
        return picker;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        params.getOrDefault("period", List.of()).stream().findFirst().flatMap(value -> java.util.Arrays
                .stream(PeriodKind.values()).filter(kind -> kind.name().equalsIgnoreCase(value)).findFirst())
                .ifPresent(kind -> period.setValue(kind.name()));
        if (teamPicker != null) {
            params.getOrDefault("team", List.of()).stream().findFirst().flatMap(value -> teamPicker.getListDataView()
                    .getItems().filter(each -> each == allTeams ? DashboardNavigation.ALL_TEAMS.equals(value)
                            : String.valueOf(each.id()).equals(value)).findFirst())
                    .ifPresent(teamPicker::setValue);
        }
        refresh();
    }

    private void changed() {
        refresh();
        if (team == allTeams && allTeams != null) {
            DashboardNavigation.showCompanyState(period.getValue());
        } else if (team != null) {
            DashboardNavigation.showDashboardState(team.id(), period.getValue());
        }
    }

    /** The changes that move a dashboard figure (not notifications, reviews or display tokens). */
    static boolean changesFigures(TeamEvent event) {
        return event instanceof DealChanged || event instanceof ActivityChanged || event instanceof TargetChanged
                || event instanceof TeamDataChanged;
    }

    /** Re-reads every figure (shared with the team's other screens) and redraws what changed, in place. */
    void refresh() {
        TeamSummary team = this.team;
        if (team == null) {
            return;
        }
        refreshes++;
        companyShown = team == allTeams;
        if (companyShown) {
            refreshCompany();
            return;
        }
        showParts(true);
        shownTeamId = team.id();
        TeamBoard board = boards.team(team.id(), PeriodKind.valueOf(period.getValue()), LocalDate.now(clock));
        TeamBoard before = shown != null && shown.teamId() == board.teamId() && shown.kind() == board.kind()
                && shown.asOf().equals(board.asOf()) ? shown : null;
        shown = board;
        if (before == board) {
            return; // nothing was re-read: every figure is as drawn
        }
        heading.setText(team.name() + " · " + getTranslation("period." + board.kind().name()) + " "
                + UserFormats.current().dateRange(board.range().start(), board.range().end()));
        if (before == null || !before.pace().equals(board.pace()) || !before.commitRemaining().equals(board.commitRemaining())
                || !before.openToPeriodEnd().equals(board.openToPeriodEnd())) {
            cards.show(board.pace(), board.openToPeriodEnd(), board.forecast(), board.kind());
            List<RepPace> ranked = reps.show(board.pace().reps());
            attainment.setOption(DashboardCharts.attainment(ranked, getTranslation("dashboard.pace")));
        }
        if (before == null || !before.curve().equals(board.curve())) {
            curve.setOption(DashboardCharts.salesCurve(board.curve(), board.kind(), currency, this::getTranslation));
        }
        if (before == null || !before.stages().equals(board.stages())) {
            pipeline.setOption(DashboardCharts.pipeline(board.stages(), currency, this::getTranslation));
        }
        if (before == null || !before.standards().equals(board.standards())) {
            scorecard.show(board.standards());
        }
    }

    /** Every team's figures summed, and the teams behind first with a link to each one's dashboard. */
    private void refreshCompany() {
        shown = null; // the team parts are redrawn in full when a team is picked again
        showParts(false);
        CompanyBoard board = boards.company(PeriodKind.valueOf(period.getValue()), LocalDate.now(clock));
        heading.setText(allTeams.name() + " · " + getTranslation("period." + board.kind().name()) + " "
                + UserFormats.current().dateRange(board.range().start(), board.range().end()));
        cards.show(board.pace(), board.openToPeriodEnd(), board.forecast(), board.kind());
        companyTeams.show(board.teams(), period.getValue());
        attainment.setOption(DashboardCharts.attainment(board.teams().stream().sorted(Comparator.comparing(
                        TeamStanding::attainment, Comparator.nullsLast(Comparator.reverseOrder()))).toList(),
                companyTeams::name, TeamStanding::attainment, TeamStanding::pace, getTranslation("dashboard.pace")));
        curve.setOption(DashboardCharts.salesCurve(board.curve(), board.kind(), currency, this::getTranslation));
        pipeline.setOption(DashboardCharts.pipeline(board.stages(), currency, this::getTranslation));
    }

    /** One team's parts (standards, reps) or the company's (teams). */
    private void showParts(boolean oneTeam) {
        standards.setVisible(oneTeam);
        reps.setVisible(oneTeam);
        if (companyTeams != null) {
            companyTeams.setVisible(!oneTeam);
        }
        repsTitle.setText(getTranslation(oneTeam ? "dashboard.reps" : "dashboard.company.teams"));
        attainmentTitle.setText(getTranslation(oneTeam ? "dashboard.attainment" : "dashboard.company.attainment"));
    }

    int refreshCount() {
        return refreshes;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.dashboard");
    }
}
