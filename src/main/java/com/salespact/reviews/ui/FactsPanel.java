package com.salespact.reviews.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.base.Pace;
import com.salespact.base.ui.KpiCard;
import com.salespact.base.ui.PaceBadge;
import com.salespact.base.ui.PaceColors;
import com.salespact.base.ui.chart.ChartOption;
import com.salespact.base.ui.chart.DataPoint;
import com.salespact.base.ui.chart.EChart;
import com.salespact.base.ui.chart.LegendPosition;
import com.salespact.base.ui.chart.Series;
import com.salespact.base.ui.chart.ValueAxis;
import com.salespact.base.ui.chart.ValueFormat;
import com.salespact.reviews.PipelineChange;
import com.salespact.reviews.ReviewDetails;
import com.salespact.reviews.ReviewFacts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The facts a review is prepared from: sales against goal and pace, the week's minimum standards, pipeline changes
 * since the last review, and for a quarterly review the quarter week by week. Live until held, then the snapshot.
 */
class FactsPanel extends Div {


    private final String currency;
    private final ZoneId zone;
    final EChart quarterChart = new EChart();

    FactsPanel(String currency, ZoneId zone) {
        this.currency = currency;
        this.zone = zone;
        setId("review-facts");
        addClassNames("review-card", "review-facts");
        quarterChart.setId("review-quarter-chart");
        quarterChart.setHeight("280px");
    }

    void show(ReviewDetails details) {
        removeAll();
        add(new H3(getTranslation("review.facts")));
        Paragraph when = new Paragraph(details.isHeld()
                ? getTranslation("review.facts.frozen", UserFormats.current().dateTime(details.heldAt().atZone(zone)))
                : getTranslation("review.facts.live"));
        when.addClassName("review-hint");
        when.setId("review-facts-when");
        add(when);
        ReviewFacts facts = details.facts();
        if (facts == null) {
            add(new Paragraph(getTranslation("review.facts.none")));
            return;
        }
        add(kpis(facts), scorecard(facts));
        if (facts.breakdown() != null) {
            add(quarter(facts.breakdown()));
        }
        add(pipeline(facts));
    }

    private Div kpis(ReviewFacts facts) {
        ReviewFacts.PeriodSales quarter = facts.quarter();
        KpiCard won = new KpiCard(getTranslation("review.facts.won", quarter.label()), UserFormats.current().money(quarter.actual()),
                getTranslation("dashboard.of-target.QUARTER", UserFormats.current().money(quarter.target())))
                .withPace(quarter.pace(), quarter.attainment());
        won.setId("review-kpi-won");
        String gap = quarter.gap().signum() >= 0
                ? getTranslation("review.facts.ahead", UserFormats.current().money(quarter.gap()))
                : getTranslation("review.facts.behind", UserFormats.current().money(quarter.gap().negate()));
        KpiCard due = new KpiCard(getTranslation("review.facts.due", ReviewLabels.shortDay(facts.asOf())),
                UserFormats.current().money(quarter.dueTarget()), gap);
        due.setId("review-kpi-due");
        KpiCard since = new KpiCard(getTranslation("review.facts.won-since"), UserFormats.current().money(facts.wonSinceBaseline()),
                getTranslation("review.facts.won-since-detail", facts.wins().size(),
                        ReviewLabels.shortDay(LocalDate.ofInstant(facts.baseline(), zone))));
        since.setId("review-kpi-since");
        KpiCard pipeline = new KpiCard(getTranslation("review.facts.pipeline"), UserFormats.current().money(facts.openPipeline()),
                getTranslation("review.facts.pipeline-detail", facts.openDeals().size()));
        pipeline.setId("review-kpi-pipeline");
        Div row = new Div(won, due, since, pipeline);
        row.addClassName("kpi-row");
        return row;
    }

    private Div scorecard(ReviewFacts facts) {
        Div cells = new Div();
        cells.addClassName("review-scorecard-cells");
        facts.scorecard().forEach(line -> {
            cells.add(PaceBadge.cell(line.shownPace(), getTranslation("mas." + line.metric()) + " " + line.figure()));
        });
        Div scorecard = new Div(new H4(getTranslation("review.facts.scorecard",
                ReviewLabels.shortDay(facts.week().start()), ReviewLabels.shortDay(facts.week().end()))), cells);
        scorecard.setId("review-scorecard");
        return scorecard;
    }

    private Div pipeline(ReviewFacts facts) {
        Div pipeline = new Div(new H4(getTranslation("review.facts.changes",
                ReviewLabels.shortDay(LocalDate.ofInstant(facts.baseline(), zone)))));
        pipeline.setId("review-pipeline");
        if (facts.pipeline().isEmpty()) {
            pipeline.add(new Paragraph(getTranslation("review.facts.no-changes")));
        }
        for (PipelineChange.Kind kind : PipelineChange.Kind.values()) {
            List<PipelineChange> changes = facts.changes(kind);
            if (changes.isEmpty()) {
                continue;
            }
            UnorderedList list = new UnorderedList();
            changes.forEach(change -> list.add(new ListItem(change.dealName() + " · " + UserFormats.current().money(change.amount())
                    + " · " + detail(change))));
            Div group = new Div(new Span(getTranslation("review.change." + kind.name(), changes.size())), list);
            group.addClassNames("review-change-group", "review-change-" + kind.name().toLowerCase(Locale.ROOT));
            group.setId("review-changes-" + kind.name().toLowerCase(Locale.ROOT));
            pipeline.add(group);
        }
        return pipeline;
    }

    private String detail(PipelineChange change) {
        String now = change.stageNow() == null ? "" : getTranslation("stage." + change.stageNow().name());
        String before = change.stageBefore() == null ? "" : getTranslation("stage." + change.stageBefore().name());
        return switch (change.kind()) {
            case NEW -> getTranslation("review.change.new-detail", now, ReviewLabels.shortDay(change.closeNow()));
            case ADVANCED -> before + " → " + now;
            case WON -> getTranslation("review.change.won-detail");
            case LOST -> getTranslation("review.change.lost-detail", before);
            case STALE -> getTranslation("review.change.stale-detail", change.daysInStage(), now);
            case SLIPPED -> switch (change.slip()) {
                case MOVED_BACK -> getTranslation("review.change.moved-back", before, now);
                case CLOSE_DATE_PUSHED -> getTranslation("review.change.pushed",
                        ReviewLabels.shortDay(change.closeBefore()), ReviewLabels.shortDay(change.closeNow()));
                case OVERDUE -> getTranslation("review.change.overdue", ReviewLabels.shortDay(change.closeNow()));
            };
        };
    }

    /** Week by week against the pro-rated target, coloured by pace; then the months in words. */
    private Div quarter(ReviewFacts.QuarterBreakdown breakdown) {
        quarterChart.setOption(ChartOption.builder()
                .categories(breakdown.weeks().stream().map(ReviewFacts.PeriodSales::label).toList())
                .valueAxis(ValueAxis.of(null, ValueFormat.compactMoney(currency)))
                .legend(LegendPosition.BOTTOM)
                .series(Series.barPoints(getTranslation("review.quarter.won"), breakdown.weeks().stream()
                                .map(week -> DataPoint.of(week.actual(), color(week))).toList()),
                        Series.line(getTranslation("review.quarter.target"), breakdown.weeks().stream()
                                .map(ReviewFacts.PeriodSales::target).toList()).color(PaceColors.TARGET))
                .build());
        Div months = new Div();
        months.setId("review-months");
        months.addClassName("review-months");
        breakdown.months().forEach(month -> {
            Div line = new Div(new Span(month.label()), new Span(getTranslation("review.quarter.month-line",
                    UserFormats.current().money(month.actual()), UserFormats.current().money(month.target()))),
                    new PaceBadge(month.pace(), month.attainment()));
            line.addClassName("review-month");
            months.add(line);
        });
        return new Div(new H4(getTranslation("review.quarter.title")), quarterChart, months);
    }

    /** A week not yet begun has nothing due: grey, not red. */
    private static String color(ReviewFacts.PeriodSales week) {
        return week.dueTarget() == null || week.dueTarget().signum() == 0 ? "#a0aec0"
                : PaceColors.of(week.pace() == null ? Pace.ON_TRACK : week.pace());
    }
}
