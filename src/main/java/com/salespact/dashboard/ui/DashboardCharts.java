package com.salespact.dashboard.ui;

import com.salespact.base.Pace;
import com.salespact.base.PeriodKind;
import com.salespact.base.ui.PaceColors;
import com.salespact.base.ui.UserFormats;
import com.salespact.base.ui.chart.ChartOption;
import com.salespact.base.ui.chart.DataPoint;
import com.salespact.base.ui.chart.LegendPosition;
import com.salespact.base.ui.chart.MarkLine;
import com.salespact.base.ui.chart.Series;
import com.salespact.base.ui.chart.ValueAxis;
import com.salespact.base.ui.chart.ValueFormat;
import com.salespact.dashboard.query.StageTotal;
import com.salespact.goals.SalesCurve;
import com.salespact.goals.query.RepPace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

/** Turns dashboard figures into chart options; shared by the team dashboard and the wall screen. */
final class DashboardCharts {

    static final String FORECAST_COLOR = "#3b82c4";

    private DashboardCharts() {
    }

    /** Cumulative won, target pace and forecast. */
    public static ChartOption salesCurve(SalesCurve curve, PeriodKind kind, String currency,
                                         Function<String, String> text) {
        return ChartOption.builder()
                .categories(curve.buckets().stream().map(bucket -> kind.label(bucket, UserFormats.current().locale())).toList())
                .valueAxis(ValueAxis.of(null, ValueFormat.compactMoney(currency)))
                .legend(LegendPosition.BOTTOM)
                .series(Series.line(text.apply("dashboard.curve.actual"), curve.actual()).color(PaceColors.GREEN).area(),
                        Series.line(text.apply("dashboard.curve.target"), curve.targetPace()).color(PaceColors.TARGET),
                        Series.line(text.apply("dashboard.curve.forecast"), curve.forecast()).color(FORECAST_COLOR))
                .build();
    }

    /** Reps by % of their pro-rated target (not by amount), best at the top, coloured by pace, 100 % marked. */
    public static ChartOption attainment(List<RepPace> ranked, String seriesName) {
        return attainment(ranked, RepPace::fullName, RepPace::attainment, RepPace::pace, seriesName);
    }

    /** Anything with a name, an attainment and a pace (teams on the company dashboard), in the order given. */
    static <T> ChartOption attainment(List<T> ranked, Function<T, String> name, Function<T, BigDecimal> attainment,
                                      Function<T, Pace> pace, String seriesName) {
        // A horizontal EChart lists the first category at the top.
        return ChartOption.builder()
                .categories(ranked.stream().map(name).toList())
                .horizontal()
                .valueAxis(ValueAxis.of(null, ValueFormat.percentPoints(0)))
                .series(Series.barPoints(seriesName, ranked.stream()
                                .map(each -> DataPoint.of(percent(attainment.apply(each)),
                                        PaceColors.of(pace.apply(each)))).toList())
                        .labels().format(ValueFormat.percentPoints(0))
                        .markLine(MarkLine.at(100)))
                .build();
    }

    /** Open pipeline by stage now against a week ago. */
    public static ChartOption pipeline(List<StageTotal> stages, String currency, Function<String, String> text) {
        return ChartOption.builder()
                .categories(stages.stream().map(s -> text.apply("stage." + s.stage())).toList())
                .valueAxis(ValueAxis.of(null, ValueFormat.compactMoney(currency)))
                .legend(LegendPosition.BOTTOM)
                .series(Series.bar(text.apply("dashboard.pipeline.week-ago"), stages.stream().map(StageTotal::weekAgo).toList())
                                .color("#a0aec0"),
                        Series.bar(text.apply("dashboard.pipeline.now"), stages.stream().map(StageTotal::now).toList())
                                .color(FORECAST_COLOR))
                .build();
    }

    static BigDecimal percent(BigDecimal ratio) {
        return ratio == null ? BigDecimal.ZERO : ratio.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP);
    }
}
