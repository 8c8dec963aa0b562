package com.salespact.dashboard.ui;

import com.salespact.base.ui.PaceBadge;
import com.salespact.base.ui.UserFormats;
import com.salespact.activities.query.WeekScorecard;
import com.salespact.base.DateRange;
import com.salespact.base.Money;
import com.salespact.base.PeriodKind;
import com.salespact.base.ui.chart.ChartOption;
import com.salespact.base.ui.chart.EChart;
import com.salespact.dashboard.query.TeamBoard;
import com.salespact.dashboard.query.TeamBoardQuery;
import com.salespact.goals.query.RepPace;
import com.salespact.goals.query.TeamPace;
import com.salespact.reviews.ReviewDeadline;
import com.salespact.reviews.query.ReviewDeadlineQuery;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The wall's slides, the first one showing (the browser turns them): the quarter's pace and sales curve, hunters and
 * farmers by attainment, this week's activity standards, the pipeline and the coming reviews. Aggregates only.
 */
class WallSlides extends Div {

    /** The review-deadlines slide looks this many days ahead. */
    static final int DEADLINE_DAYS = 14;

    private final TeamBoardQuery boards;
    private final ReviewDeadlineQuery deadlineQuery;
    private final String currency;
    private final Div paceTiles = new Div();
    private final EChart curve = wallChart("wall-curve");
    private final EChart hunters = wallChart("wall-hunters");
    private final EChart farmers = wallChart("wall-farmers");
    private final EChart pipeline = wallChart("wall-pipeline");
    private final Div standards = new Div();
    private final Div deadlines = new Div();

    WallSlides(TeamBoardQuery boards, ReviewDeadlineQuery deadlineQuery, String currency) {
        this.boards = boards;
        this.deadlineQuery = deadlineQuery;
        this.currency = currency;
        paceTiles.addClassName("wall-tiles");
        paceTiles.setId("wall-pace");
        standards.addClassName("wall-standards");
        standards.setId("wall-standards");
        deadlines.addClassName("wall-reviews");
        deadlines.setId("wall-reviews");
        add(slide("wall.slide.pace", new Div(paceTiles, curve)),
                slide("wall.slide.hunters", hunters),
                slide("wall.slide.farmers", farmers),
                slide("wall.slide.standards", standards),
                slide("wall.slide.pipeline", pipeline),
                slide("wall.slide.reviews", deadlines));
        addClassName("wall-slides");
        getChildren().findFirst().ifPresent(first -> first.getElement().getClassList().add("active"));
    }

    private static EChart wallChart(String id) {
        EChart chart = new EChart();
        chart.setId(id);
        chart.setHeight("70vh");
        return chart;
    }

    private Div slide(String titleKey, Component content) {
        Span title = new Span(getTranslation(titleKey));
        title.addClassName("wall-slide-title");
        Div slide = new Div(title, content);
        slide.addClassName("wall-slide");
        return slide;
    }

    /**
     * Re-reads the team's quarter (run as the screen) and updates the charts in place. The figures are the team
     * dashboard's, read once per change for every screen showing the team ({@link TeamBoardQuery}).
     */
    void refresh(long teamId, LocalDate today) {
        TeamBoard board = boards.team(teamId, PeriodKind.QUARTER, today);
        TeamPace pace = board.pace();
        showPace(pace);
        curve.setOption(wall(DashboardCharts.salesCurve(board.curve(), PeriodKind.QUARTER, currency,
                this::getTranslation)));
        hunters.setOption(wall(DashboardCharts.attainment(ranked(pace, "HUNTER"), getTranslation("wall.of-target"))));
        farmers.setOption(wall(DashboardCharts.attainment(ranked(pace, "FARMER"), getTranslation("wall.of-target"))));
        pipeline.setOption(wall(DashboardCharts.pipeline(board.stages(), currency, this::getTranslation)));
        showStandards(board.standards());
        showDeadlines(deadlineQuery.upcoming(teamId, new DateRange(today, today.plusDays(DEADLINE_DAYS))));
    }

    private static ChartOption wall(ChartOption option) {
        return option.toBuilder().wallScreen().build();
    }

    private static List<RepPace> ranked(TeamPace pace, String style) {
        return pace.reps().stream().filter(rep -> style.equals(rep.repStyle()))
                .sorted(Comparator.comparing(RepPace::attainment, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    private void showPace(TeamPace pace) {
        paceTiles.removeAll();
        paceTiles.add(tile(getTranslation("wall.won"), UserFormats.current().compactMoney(pace.actualRevenue())),
                tile(getTranslation("wall.target"), UserFormats.current().compactMoney(pace.target())),
                tile(getTranslation("wall.pace"), UserFormats.current().percent(pace.attainment()),
                        "pace-" + pace.pace().name().toLowerCase()));
    }

    private static Div tile(String label, String value, String... classes) {
        Span caption = new Span(label);
        caption.addClassName("wall-tile-label");
        Span number = new Span(value);
        number.addClassName("wall-tile-value");
        number.addClassNames(classes);
        Div tile = new Div(caption, number);
        tile.addClassName("wall-tile");
        return tile;
    }

    private void showStandards(List<WeekScorecard> cards) {
        standards.removeAll();
        long met = cards.stream().filter(WeekScorecard::allMet).count();
        Paragraph summary = new Paragraph(getTranslation("wall.standards-summary", UserFormats.current().count(met),
                UserFormats.current().count(cards.size())));
        summary.addClassName("wall-standards-summary");
        standards.add(summary);
        for (WeekScorecard card : cards) {
            Div row = new Div(new Span(card.repName()));
            row.addClassName("wall-standards-row");
            card.lines().forEach(line -> {
                row.add(PaceBadge.cell(line.shownPace(), getTranslation("mas." + line.metric().name()) + " "
                        + line.figure()));
            });
            standards.add(row);
        }
    }

    /** Upcoming 1:1s and plan reviews: day, kind and rep only (the wall never shows notes or feedback). */
    private void showDeadlines(List<ReviewDeadline> upcoming) {
        deadlines.removeAll();
        if (upcoming.isEmpty()) {
            deadlines.add(new Paragraph(getTranslation("wall.reviews.none")));
        }
        for (ReviewDeadline deadline : upcoming) {
            Span day = new Span(UserFormats.current().weekdayDayMonth(deadline.date()));
            day.addClassName("wall-review-date");
            Div row = new Div(day, new Span(getTranslation("review.kind." + deadline.kind().name())),
                    new Span(deadline.repName()));
            row.addClassName("wall-review-row");
            deadlines.add(row);
        }
    }
}
