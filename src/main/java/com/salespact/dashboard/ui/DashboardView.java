package com.salespact.dashboard.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.activities.ActivityChanged;
import com.salespact.base.CompanySettings;
import com.salespact.base.PeriodKind;
import com.salespact.base.TeamDataChanged;
import com.salespact.base.TeamEvent;
import com.salespact.dashboard.query.TeamBoard;
import com.salespact.dashboard.query.TeamBoardQuery;
import com.salespact.deals.DealChanged;
import com.salespact.goals.TargetChanged;
import com.salespact.base.LiveUpdates;
import com.salespact.base.ui.HtmlTable;
import com.salespact.base.ui.KpiCard;
import com.salespact.base.ui.LiveRefresh;
import com.salespact.base.ui.SegmentedToggle;
import com.salespact.base.ui.PaceBadge;
import com.salespact.base.ui.chart.EChart;
import com.salespact.goals.query.RepPace;
import com.salespact.goals.PipelineCoverage;
import com.salespact.goals.query.TeamPace;
import com.salespact.people.PeopleService;
import com.salespact.people.TeamSummary;
import com.salespact.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
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
 * team redraws it within a second, in place. The URL holds team and period. Reps see their own team's board: the
 * same figures the wall screen shows, never notes, feedback or commission.
 */
@Route("dashboard")
@PageTitle("Team dashboard")
@Menu(order = 1, icon = "DASHBOARD", title = "nav.dashboard")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.REP_NAME})
public class DashboardView extends VerticalLayout implements BeforeEnterObserver {

    private final TeamBoardQuery boards;
    private final String currency;
    private final Clock clock;
    private final H2 heading = new H2();
    /** Only for people who see several teams (admins); everyone else has one team and no picker. */
    private final ComboBox<TeamSummary> teamPicker;
    private TeamSummary team;
    /** The team shown, readable by the live-update check without the UI lock. */
    private volatile Long shownTeamId;
    /** Week, month, quarter or year: one element (a Select with its items was six per user). */
    private final SegmentedToggle period;
    private final Div cards = new Div();
    private final HtmlTable<RepPace> reps = new HtmlTable<>();
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
        cards.addClassName("kpi-row");

        List<TeamSummary> teams = people.visibleTeams();
        team = teams.isEmpty() ? null : teams.getFirst();
        teamPicker = teams.size() > 1 ? teamPicker(teams) : null;
        Map<String, String> periods = new LinkedHashMap<>();
        for (PeriodKind kind : PeriodKind.values()) {
            periods.put(kind.name(), getTranslation("period." + kind.name()));
        }
        period = new SegmentedToggle(PeriodKind.QUARTER.name(), periods);
        period.getElement().setAttribute("aria-label", getTranslation("dashboard.period"));
        period.setId("period-picker");
        period.addValueChangeListener(event -> changed());
        configureRepTable();
        curve.setId("sales-curve");
        attainment.setId("attainment-chart");
        pipeline.setId("pipeline-chart");

        Div filters = teamPicker == null ? new Div(period) : new Div(teamPicker, period);
        filters.addClassName("toolbar");
        Div charts = new Div(card("dashboard.curve", curve), card("dashboard.attainment", attainment),
                card("dashboard.pipeline", pipeline));
        charts.addClassName("chart-grid");
        Div standards = card("dashboard.mas", scorecard);
        standards.setWidthFull();
        add(heading, filters, cards, charts, standards, new H3(getTranslation("dashboard.reps")), reps);
        // Admins may switch teams: they listen to every team and keep the changes of the one shown.
        LiveRefresh.coalesced(this, live, () -> teamPicker != null ? null : team == null ? -1L : team.id(),
                event -> changesFigures(event) && shownTeamId != null && shownTeamId.equals(event.teamId()),
                this::refresh);
    }

    private Div card(String titleKey, com.vaadin.flow.component.Component content) {
        Div card = new Div(new H3(getTranslation(titleKey)), content);
        card.addClassName("chart-card");
        return card;
    }

    private void configureRepTable() {
        reps.setId("rep-pace");
        reps.addColumn(getTranslation("dashboard.rep"), RepPace::fullName)
                .addColumn(getTranslation("dashboard.style"), rep -> getTranslation("style." + rep.repStyle()))
                .addNumberColumn(getTranslation("dashboard.won"), rep -> UserFormats.current().money(rep.actualRevenue()))
                .addNumberColumn(getTranslation("dashboard.due"), rep -> UserFormats.current().money(rep.dueTarget()))
                .addMarkupColumn(getTranslation("dashboard.pace"), rep -> PaceBadge.html(this, rep.pace(), rep.attainment()));
    }

    private ComboBox<TeamSummary> teamPicker(List<TeamSummary> teams) {
        ComboBox<TeamSummary> picker = new ComboBox<>(getTranslation("dashboard.team"), teams);
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

    private TeamSummary team() {
        return team;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        params.getOrDefault("period", List.of()).stream().findFirst().flatMap(value -> java.util.Arrays
                .stream(PeriodKind.values()).filter(kind -> kind.name().equalsIgnoreCase(value)).findFirst())
                .ifPresent(kind -> period.setValue(kind.name()));
        if (teamPicker != null) {
            params.getOrDefault("team", List.of()).stream().findFirst().flatMap(value -> teamPicker.getListDataView()
                    .getItems().filter(each -> String.valueOf(each.id()).equals(value)).findFirst())
                    .ifPresent(teamPicker::setValue);
        }
        refresh();
    }

    private void changed() {
        refresh();
        if (team() != null) {
            DashboardNavigation.showDashboardState(team().id(), period.getValue());
        }
    }

    /** The changes that move a dashboard figure (not notifications, reviews or display tokens). */
    static boolean changesFigures(TeamEvent event) {
        return event instanceof DealChanged || event instanceof ActivityChanged || event instanceof TargetChanged
                || event instanceof TeamDataChanged;
    }

    /** Re-reads every figure (shared with the team's other screens) and redraws what changed, in place. */
    void refresh() {
        TeamSummary team = team();
        if (team == null) {
            return;
        }
        refreshes++;
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
            showCards(board);
            List<RepPace> ranked = board.pace().reps().stream()
                    .sorted(Comparator.comparing(RepPace::attainment, Comparator.nullsLast(Comparator.reverseOrder())))
                    .toList();
            reps.setItems(ranked);
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

    private void showCards(TeamBoard board) {
        TeamPace pace = board.pace();
        PipelineCoverage coverage = PipelineCoverage.of(board.openToPeriodEnd(), pace.target(), pace.actualRevenue());
        PeriodKind kind = board.kind();
        cards.removeAll();
        cards.add(new KpiCard(getTranslation(PeriodTexts.key("dashboard.revenue", kind)), UserFormats.current().money(pace.actualRevenue()),
                        getTranslation(PeriodTexts.key("dashboard.of-target", kind), UserFormats.current().money(pace.target())))
                        .withPace(pace.pace(), pace.attainment()),
                new KpiCard(getTranslation("dashboard.due-today"), UserFormats.current().money(pace.dueTarget()),
                        getTranslation("dashboard.due-detail")),
                new KpiCard(getTranslation("dashboard.forecast"), UserFormats.current().money(board.forecast()),
                        getTranslation("dashboard.forecast-detail")),
                new KpiCard(getTranslation("dashboard.coverage"), coverage.ratio().map(ratio -> ratio + "×").orElse("—"),
                        getTranslation(PeriodTexts.key("my.coverage-detail", kind), UserFormats.current().money(coverage.open()),
                                UserFormats.current().money(coverage.remaining()))),
                new KpiCard(getTranslation("dashboard.gp"), UserFormats.current().money(pace.actualGrossProfit()),
                        getTranslation(PeriodTexts.key("dashboard.of-min-gp", kind),
                                UserFormats.current().money(pace.grossProfitTarget()))));
    }

    int refreshCount() {
        return refreshes;
    }
}
