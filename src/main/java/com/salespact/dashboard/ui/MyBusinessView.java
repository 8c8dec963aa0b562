package com.salespact.dashboard.ui;

import com.salespact.activities.ActivityChanged;
import com.salespact.activities.query.ScorecardQuery;
import com.salespact.pact.PactService;
import com.salespact.pact.query.CommitmentQuery;
import com.salespact.pact.ui.PactScorecard;
import com.salespact.base.CompanySettings;
import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.PeriodKind;
import com.salespact.base.ui.KpiCard;
import com.salespact.base.ui.UserFormats;
import com.salespact.base.ui.LiveRefresh;
import com.salespact.base.LiveUpdates;
import com.salespact.deals.DealChanged;
import com.salespact.base.ui.PaceBadge;
import com.salespact.base.ui.PaceColors;
import com.salespact.base.ui.chart.ChartOption;
import com.salespact.base.ui.chart.EChart;
import com.salespact.base.ui.chart.GaugeBand;
import com.salespact.base.ui.chart.LegendPosition;
import com.salespact.base.ui.chart.Series;
import com.salespact.base.ui.chart.ValueAxis;
import com.salespact.base.ui.chart.ValueFormat;
import com.salespact.deals.ForecastCategory;
import com.salespact.deals.query.PipelineMonth;
import com.salespact.deals.query.PipelineQuery;
import com.salespact.goals.query.PaceQuery;
import com.salespact.goals.PipelineCoverage;
import com.salespact.goals.query.RepPace;
import com.salespact.security.CurrentUser;
import com.salespact.security.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A rep's own business: where it is (this quarter against target and pace), where it has been (the last four
 * quarters) and where it is coming from (open pipeline by expected close month, coverage of what is left to win).
 */
@Route("my")
@Menu(order = 0, icon = "CHART", title = "nav.my")
@RolesAllowed(Role.REP_NAME)
public class MyBusinessView extends VerticalLayout implements HasDynamicTitle {

    static final int PIPELINE_MONTHS = 6;

    private final String currency;
    final EChart gauge;
    final EChart history;
    final EChart pipeline;

    private final PaceQuery paceQuery;
    private final PipelineQuery pipelineQuery;
    private final FiscalCalendar calendar;
    private final Clock clock;
    private final long repId;
    private final H2 heading = new H2();
    private final Div cards = new Div();

    private final PactScorecard pactScorecard;

    public MyBusinessView(PaceQuery paceQuery, PipelineQuery pipelineQuery, CurrentUser currentUser,
                          CompanySettings settings, LiveUpdates live, Clock clock, PactService pacts,
                          ScorecardQuery scorecards, CommitmentQuery commitments) {
        this.paceQuery = paceQuery;
        this.pipelineQuery = pipelineQuery;
        this.calendar = settings.calendar();
        this.clock = clock;
        this.currency = settings.currency();
        this.repId = currentUser.require().personId();
        setId("my-business");
        addClassName("my-business-view");
        cards.addClassName("kpi-row");
        gauge = new EChart();
        gauge.setId("pace-gauge");
        gauge.setHeight("260px");
        history = new EChart();
        history.setId("quarter-history");
        pipeline = new EChart();
        pipeline.setId("pipeline-by-month");
        Div charts = new Div(section(getTranslation("my.where-is"), gauge),
                section(getTranslation("my.where-has-been"), history),
                section(getTranslation("my.where-from"), pipeline));
        charts.addClassName("chart-grid");
        pactScorecard = new PactScorecard(pacts, scorecards, commitments, calendar, repId);
        add(heading, cards, pactScorecard, charts);
        refresh();
        Long teamId = currentUser.require().teamId();
        LiveRefresh.bind(this, live, () -> teamId,
                event -> event instanceof DealChanged deal && deal.ownerId() == repId
                        || event instanceof ActivityChanged activity && activity.repId() == repId,
                event -> {
                    if (event instanceof DealChanged) {
                        refresh();
                    } else {
                        pactScorecard.refresh(LocalDate.now(clock));
                    }
                });
    }

    /** Re-reads the rep's numbers and updates the charts in place. */
    void refresh() {
        LocalDate today = LocalDate.now(clock);
        // Always the fiscal quarter; the cards' texts name the period read, not a hard-coded one.
        PeriodKind period = PeriodKind.QUARTER;
        DateRange quarter = period.rangeOf(calendar, today);
        RepPace pace = paceQuery.rep(repId, quarter, today);
        PipelineCoverage coverage = PipelineCoverage.of(
                pipelineQuery.repOpenTotal(repId, new DateRange(today, quarter.end())), pace.target(), pace.actualRevenue());
        heading.setText(getTranslation("my.heading", calendar.quarterLabel(today)));
        cards.removeAll();
        cards.add(new KpiCard(getTranslation(PeriodTexts.key("dashboard.revenue", period)),
                        UserFormats.current().money(pace.actualRevenue()),
                        getTranslation(PeriodTexts.key("dashboard.of-target", period),
                                UserFormats.current().money(pace.target())))
                        .withPace(pace.pace(), pace.attainment()),
                new KpiCard(getTranslation("dashboard.due-today"), UserFormats.current().money(pace.dueTarget()),
                        getTranslation("dashboard.due-detail")),
                new KpiCard(getTranslation("dashboard.gp"), UserFormats.current().money(pace.actualGrossProfit()),
                        getTranslation(PeriodTexts.key("dashboard.of-min-gp", period),
                                UserFormats.current().money(pace.grossProfitTarget()))),
                kpiWithId(new KpiCard(getTranslation("my.coverage"), UserFormats.current().times(coverage.ratio().orElse(null)),
                        getTranslation(PeriodTexts.key("my.coverage-detail", period),
                                UserFormats.current().money(coverage.open()),
                                UserFormats.current().money(coverage.remaining()))),
                        "coverage"));
        pactScorecard.refresh(today);
        gauge.setOption(gaugeOption(pace));
        history.setOption(historyOption(paceQuery, calendar, repId, today));
        pipeline.setOption(pipelineOption(pipelineQuery.repByMonth(repId, nextMonths(today)), today));
    }

    private static KpiCard kpiWithId(KpiCard card, String id) {
        card.setId(id);
        return card;
    }

    private static Div section(String title, EChart chart) {
        Div section = new Div(new H3(title), chart);
        section.addClassName("chart-card");
        return section;
    }

    private ChartOption gaugeOption(RepPace pace) {
        BigDecimal attainment = pace.attainment() == null ? BigDecimal.ZERO : pace.attainment();
        return ChartOption.builder()
                .series(Series.gauge(getTranslation("my.pace"), attainment.multiply(BigDecimal.valueOf(100))
                                .setScale(0, RoundingMode.HALF_UP))
                        .range(0, 150)
                        .format(ValueFormat.percentPoints(0))
                        .bands(GaugeBand.upTo(85, PaceColors.RED), GaugeBand.upTo(100, PaceColors.AMBER),
                                GaugeBand.upTo(150, PaceColors.GREEN)))
                .build();
    }

    private ChartOption historyOption(PaceQuery paceQuery, FiscalCalendar calendar, long repId, LocalDate today) {
        List<String> labels = new ArrayList<>();
        List<BigDecimal> actual = new ArrayList<>();
        List<BigDecimal> target = new ArrayList<>();
        for (int back = 4; back >= 1; back--) {
            LocalDate day = today.minusMonths(3L * back);
            DateRange quarter = calendar.quarterOf(day);
            RepPace pace = paceQuery.rep(repId, quarter, quarter.end());
            labels.add(calendar.quarterLabel(day));
            actual.add(pace.actualRevenue());
            target.add(pace.target());
        }
        return ChartOption.builder()
                .categories(labels)
                .valueAxis(ValueAxis.of(null, ValueFormat.compactMoney(currency)))
                .legend(LegendPosition.BOTTOM)
                .series(Series.bar(getTranslation("my.won"), actual).color(PaceColors.GREEN),
                        Series.line(getTranslation("my.target"), target).color(PaceColors.TARGET))
                .build();
    }

    static DateRange nextMonths(LocalDate today) {
        YearMonth first = YearMonth.from(today);
        return new DateRange(first.atDay(1), first.plusMonths(PIPELINE_MONTHS - 1L).atEndOfMonth());
    }

    private ChartOption pipelineOption(List<PipelineMonth> months, LocalDate today) {
        YearMonth first = YearMonth.from(today);
        List<String> categories = new ArrayList<>();
        for (int i = 0; i < PIPELINE_MONTHS; i++) {
            categories.add(UserFormats.current().shortMonth(first.plusMonths(i)));
        }
        List<Series> series = new ArrayList<>();
        String[] colors = {PaceColors.GREEN, "#3b82c4", "#a0aec0"};
        for (ForecastCategory category : ForecastCategory.values()) {
            List<BigDecimal> values = new ArrayList<>();
            for (int i = 0; i < PIPELINE_MONTHS; i++) {
                YearMonth month = first.plusMonths(i);
                values.add(months.stream().filter(m -> m.month().equals(month) && m.category() == category)
                        .map(PipelineMonth::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
            }
            series.add(Series.bar(getTranslation("forecast." + category.name()), values).stack("pipeline")
                    .color(colors[category.ordinal()]));
        }
        return ChartOption.builder()
                .categories(categories)
                .valueAxis(ValueAxis.of(null, ValueFormat.compactMoney(currency)))
                .legend(LegendPosition.BOTTOM)
                .series(series)
                .build();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.my-business");
    }
}
