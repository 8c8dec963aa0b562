package com.salespact.dashboard.ui;

import com.salespact.base.CompanySettings;
import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.Money;
import com.salespact.base.ui.KpiCard;
import com.salespact.base.ui.PaceBadge;
import com.salespact.goals.query.PaceQuery;
import com.salespact.goals.query.RepPace;
import com.salespact.goals.query.TeamPace;
import com.salespact.people.PeopleService;
import com.salespact.people.TeamSummary;
import com.salespact.security.Role;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.salespact.base.ui.PaceColors;
import com.salespact.base.ui.chart.ChartOption;
import com.salespact.base.ui.chart.DataPoint;
import com.salespact.base.ui.chart.EChart;
import com.salespact.base.ui.chart.MarkLine;
import com.salespact.base.ui.chart.Series;
import com.salespact.base.ui.chart.ValueAxis;
import com.salespact.base.ui.chart.ValueFormat;
import java.math.BigDecimal;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The team's quarter: sales vs goal, pace, and each rep by % of their pro-rated target. */
@Route("dashboard")
@PageTitle("Team dashboard")
@Menu(order = 1, icon = "DASHBOARD", title = "nav.dashboard")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
public class DashboardView extends VerticalLayout {

    private final PaceQuery paceQuery;
    private final FiscalCalendar calendar;
    private final Clock clock;
    private final Div cards = new Div();
    private final Grid<RepPace> reps = new Grid<>();
    private final H2 heading = new H2();
    final EChart attainment = new EChart();

    public DashboardView(PaceQuery paceQuery, PeopleService people, CompanySettings settings, Clock clock) {
        this.paceQuery = paceQuery;
        this.calendar = settings.calendar();
        this.clock = clock;
        setId("team-dashboard");
        addClassName("dashboard-view");
        cards.addClassName("kpi-row");
        configureGrid();

        List<TeamSummary> teams = people.visibleTeams();
        ComboBox<TeamSummary> teamPicker = new ComboBox<>(getTranslation("dashboard.team"), teams);
        teamPicker.setItemLabelGenerator(TeamSummary::name);
        teamPicker.setId("team-picker");
        teamPicker.setVisible(teams.size() > 1);
        teamPicker.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                show(event.getValue());
            }
        });
        attainment.setId("attainment-chart");
        Div chartCard = new Div(new H3(getTranslation("dashboard.attainment")), attainment);
        chartCard.addClassName("chart-card");
        chartCard.setWidthFull();
        add(heading, teamPicker, cards, chartCard, reps);
        if (!teams.isEmpty()) {
            teamPicker.setValue(teams.getFirst());
        }
    }

    private void configureGrid() {
        reps.setId("rep-pace");
        reps.addColumn(RepPace::fullName).setHeader(getTranslation("dashboard.rep")).setFlexGrow(2);
        reps.addColumn(rep -> getTranslation("style." + rep.repStyle())).setHeader(getTranslation("dashboard.style"));
        reps.addColumn(rep -> Money.format(rep.actualRevenue())).setHeader(getTranslation("dashboard.won"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        reps.addColumn(rep -> Money.format(rep.dueTarget())).setHeader(getTranslation("dashboard.due"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        reps.addComponentColumn(rep -> new PaceBadge(rep.pace(), rep.attainment()))
                .setHeader(getTranslation("dashboard.pace")).setFlexGrow(1);
        reps.setAllRowsVisible(true);
    }

    private void show(TeamSummary team) {
        LocalDate today = LocalDate.now(clock);
        DateRange quarter = calendar.quarterOf(today);
        TeamPace pace = paceQuery.team(team.id(), quarter, today);
        heading.setText(team.name() + " · " + calendar.quarterLabel(today));
        cards.removeAll();
        cards.add(new KpiCard(getTranslation("dashboard.revenue"), Money.format(pace.actualRevenue()),
                        getTranslation("dashboard.of-target", Money.format(pace.target())))
                        .withBadge(new PaceBadge(pace.pace(), pace.attainment())),
                new KpiCard(getTranslation("dashboard.due-today"), Money.format(pace.dueTarget()),
                        getTranslation("dashboard.due-detail")),
                new KpiCard(getTranslation("dashboard.gp"), Money.format(pace.actualGrossProfit()),
                        getTranslation("dashboard.of-min-gp", Money.format(pace.grossProfitTarget()))));
        List<RepPace> ranked = pace.reps().stream()
                .sorted(Comparator.comparing(RepPace::attainment, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        reps.setItems(ranked);
        attainment.setOption(attainmentOption(ranked));
    }

    /** Reps by % of their pro-rated target (not by amount), best at the top, coloured by pace, 100 % marked. */
    private ChartOption attainmentOption(List<RepPace> ranked) {
        List<RepPace> bottomUp = ranked.reversed();
        return ChartOption.builder()
                .categories(bottomUp.stream().map(RepPace::fullName).toList())
                .horizontal()
                .valueAxis(ValueAxis.of(null, ValueFormat.percentPoints(0)))
                .series(Series.barPoints(getTranslation("dashboard.pace"), bottomUp.stream()
                                .map(rep -> DataPoint.of(percent(rep), PaceColors.of(rep.pace()))).toList())
                        .markLine(MarkLine.at(100).label("100 %")))
                .build();
    }

    private static BigDecimal percent(RepPace rep) {
        return rep.attainment() == null ? BigDecimal.ZERO
                : rep.attainment().multiply(BigDecimal.valueOf(100)).setScale(0, java.math.RoundingMode.HALF_UP);
    }
}
