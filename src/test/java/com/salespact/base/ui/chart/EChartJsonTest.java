package com.salespact.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EChartJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RED = "#D32F2F";
    private static final String AMBER = "#F9A825";
    private static final String GREEN = "#2E7D32";

    private static JsonNode config(ChartOption option) {
        // Through the string, as the browser gets it.
        return JSON.readTree(EChartJson.toJson(option, Locale.UK));
    }

    private static List<Object> numbers(JsonNode array) {
        List<Object> values = new ArrayList<>();
        array.forEach(n -> values.add(n.isNull() ? null : n.numberValue()));
        return values;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asString()));
        return values;
    }

    @Test
    void lineChartWithTargetLineAndMoneyAxis() {
        ChartOption option = ChartOption.builder()
                .title("Revenue", "This fiscal year")
                .categories("Jan", "Feb", "Mar")
                .valueAxis(ValueAxis.of("Revenue", ValueFormat.compactMoney("EUR")).min(0))
                .series(Series.line("Revenue", 80_000, 95_500.5, null).color("#1676F3").smooth().area()
                        .target(100_000, "Target"))
                .legend()
                .build();

        JsonNode config = config(option);
        assertThat(config.get("theme").asString()).isEqualTo("light");
        assertThat(config.get("locale").asString()).isEqualTo("en-GB");

        JsonNode o = config.get("option");
        assertThat(o.at("/title/text").asString()).isEqualTo("Revenue");
        assertThat(o.at("/title/subtext").asString()).isEqualTo("This fiscal year");
        assertThat(o.at("/legend/bottom").asInt()).isZero();
        assertThat(o.at("/tooltip/trigger").asString()).isEqualTo("axis");
        assertThat(o.at("/tooltip/axisPointer/type").asString()).isEqualTo("line");

        assertThat(o.at("/xAxis/0/type").asString()).isEqualTo("category");
        assertThat(texts(o.at("/xAxis/0/data"))).containsExactly("Jan", "Feb", "Mar");
        assertThat(o.at("/yAxis/0/type").asString()).isEqualTo("value");
        assertThat(o.at("/yAxis/0/name").asString()).isEqualTo("Revenue");
        assertThat(o.at("/yAxis/0/min").asInt()).isZero();
        assertThat(o.at("/yAxis/0/axisLabel/formatter/spFormat/kind").asString()).isEqualTo("compactMoney");
        assertThat(o.at("/yAxis/0/axisLabel/formatter/spFormat/currency").asString()).isEqualTo("EUR");
        assertThat(o.at("/yAxis/0/axisLabel/formatter/spFormat/input").asString()).isEqualTo("value");

        JsonNode s = o.at("/series/0");
        assertThat(o.get("series")).hasSize(1);
        assertThat(s.get("type").asString()).isEqualTo("line");
        assertThat(s.get("name").asString()).isEqualTo("Revenue");
        assertThat(numbers(s.get("data"))).containsExactly(80_000, 95_500.5, null);
        assertThat(s.at("/itemStyle/color").asString()).isEqualTo("#1676F3");
        assertThat(s.get("smooth").asBoolean()).isTrue();
        assertThat(s.at("/areaStyle/opacity").asDouble()).isEqualTo(0.25);
        assertThat(s.has("stack")).isFalse();
        assertThat(s.at("/tooltip/valueFormatter/spFormat/kind").asString()).isEqualTo("compactMoney");

        JsonNode target = s.at("/markLine/data/0");
        assertThat(s.at("/markLine/data")).hasSize(1);
        assertThat(target.get("yAxis").asInt()).isEqualTo(100_000);
        assertThat(target.get("name").asString()).isEqualTo("Target");
        assertThat(target.at("/lineStyle/type").asString()).isEqualTo("dashed");
        assertThat(target.at("/label/formatter/spFormat/prefix").asString()).isEqualTo("Target: ");
        assertThat(target.at("/label/formatter/spFormat/kind").asString()).isEqualTo("compactMoney");
        assertThat(target.at("/label/formatter/spFormat/input").asString()).isEqualTo("params");
    }

    @Test
    void stackedBarsShareTheStackNameAndUseShadowPointer() {
        ChartOption option = ChartOption.builder()
                .categories("Q1", "Q2")
                .series(Series.bar("Won", 10, 20).stack("pipeline").color(GREEN).labels(),
                        Series.bar("Open", 5, 7).stack("pipeline"),
                        Series.bar("Lost", 1L, new BigDecimal("2.50")))
                .build();

        JsonNode o = config(option).get("option");
        JsonNode series = o.get("series");
        assertThat(series).hasSize(3);
        assertThat(o.get("series").findValuesAsString("type")).containsExactly("bar", "bar", "bar");
        assertThat(series.get(0).get("stack").asString()).isEqualTo("pipeline");
        assertThat(series.get(1).get("stack").asString()).isEqualTo("pipeline");
        assertThat(series.get(2).has("stack")).isFalse();
        assertThat(numbers(series.get(0).get("data"))).containsExactly(10, 20);
        // BigDecimal keeps its scale on the wire.
        assertThat(EChartJson.toJson(option, Locale.UK)).contains("\"data\":[1,2.50]");
        assertThat(series.get(0).at("/itemStyle/color").asString()).isEqualTo(GREEN);
        assertThat(series.get(0).at("/label/show").asBoolean()).isTrue();
        assertThat(series.get(0).at("/label/position").asString()).isEqualTo("inside");
        assertThat(series.get(1).has("label")).isFalse();
        assertThat(o.at("/tooltip/axisPointer/type").asString()).isEqualTo("shadow");
        assertThat(o.at("/xAxis/0/type").asString()).isEqualTo("category");
    }

    @Test
    void horizontalLeaderboardWithRagColoursPerBar() {
        ChartOption option = ChartOption.builder()
                .categoryAxis(CategoryAxis.of("Ana", "Ben", "Cleo").name("Rep"))
                .valueAxis(ValueAxis.of("Attainment", ValueFormat.percent(0)))
                .horizontal()
                .series(Series.bar("Attainment", 1.12, 0.93, 0.64)
                        .pointColors(List.of(GREEN, AMBER, RED))
                        .labels()
                        .markLine(MarkLine.at(1.0).color("#000000").solid()))
                .build();

        JsonNode o = config(option).get("option");
        // Categories on the y axis, first at the top; values on x.
        assertThat(o.at("/yAxis/0/type").asString()).isEqualTo("category");
        assertThat(o.at("/yAxis/0/inverse").asBoolean()).isTrue();
        assertThat(o.at("/yAxis/0/name").asString()).isEqualTo("Rep");
        assertThat(texts(o.at("/yAxis/0/data"))).containsExactly("Ana", "Ben", "Cleo");
        assertThat(o.at("/xAxis/0/type").asString()).isEqualTo("value");
        assertThat(o.at("/xAxis/0/axisLabel/formatter/spFormat/kind").asString()).isEqualTo("percent");

        JsonNode s = o.at("/series/0");
        assertThat(s.get("xAxisIndex").asInt()).isZero();
        assertThat(s.at("/label/position").asString()).isEqualTo("right");
        assertThat(s.at("/label/formatter/spFormat/kind").asString()).isEqualTo("percent");
        JsonNode data = s.get("data");
        assertThat(data).hasSize(3);
        assertThat(data.get(0).get("value").asDouble()).isEqualTo(1.12);
        assertThat(data.get(0).at("/itemStyle/color").asString()).isEqualTo(GREEN);
        assertThat(data.get(1).at("/itemStyle/color").asString()).isEqualTo(AMBER);
        assertThat(data.get(2).get("value").asDouble()).isEqualTo(0.64);
        assertThat(data.get(2).at("/itemStyle/color").asString()).isEqualTo(RED);

        JsonNode line = s.at("/markLine/data/0");
        assertThat(line.get("xAxis").asDouble()).isEqualTo(1.0);
        assertThat(line.has("yAxis")).isFalse();
        assertThat(line.at("/lineStyle/type").asString()).isEqualTo("solid");
        assertThat(line.at("/lineStyle/color").asString()).isEqualTo("#000000");
        assertThat(line.at("/label/formatter/spFormat").has("prefix")).isFalse();
        // Label at the top of the vertical line, with room above the plot.
        assertThat(line.at("/label/position").asString()).isEqualTo("start");
        assertThat(o.at("/grid/top").asInt()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void gaugeWithBandsHasNoAxesAndConvertsBandsToFractions() {
        ChartOption option = ChartOption.builder()
                .title("Team attainment")
                .series(Series.gauge("Attainment", 87).range(0, 150)
                        .bands(GaugeBand.upTo(75, RED), GaugeBand.upTo(105, AMBER), GaugeBand.upTo(140, GREEN))
                        .format(ValueFormat.percentPoints(0)))
                .build();

        assertThat(option.isGauge()).isTrue();
        JsonNode o = config(option).get("option");
        assertThat(o.has("xAxis")).isFalse();
        assertThat(o.has("yAxis")).isFalse();
        assertThat(o.has("grid")).isFalse();
        assertThat(o.at("/tooltip/trigger").asString()).isEqualTo("item");

        JsonNode g = o.at("/series/0");
        assertThat(g.get("type").asString()).isEqualTo("gauge");
        assertThat(g.get("min").asDouble()).isZero();
        assertThat(g.get("max").asDouble()).isEqualTo(150);
        assertThat(g.at("/data/0/value").asInt()).isEqualTo(87);
        assertThat(g.at("/data/0/name").asString()).isEqualTo("Attainment");
        JsonNode bands = g.at("/axisLine/lineStyle/color");
        assertThat(bands).hasSize(3);
        assertThat(bands.get(0).get(0).asDouble()).isEqualTo(0.5);
        assertThat(bands.get(0).get(1).asString()).isEqualTo(RED);
        assertThat(bands.get(1).get(0).asDouble()).isEqualTo(0.7);
        assertThat(bands.get(1).get(1).asString()).isEqualTo(AMBER);
        // The last band reaches the end of the dial.
        assertThat(bands.get(2).get(0).asDouble()).isEqualTo(1.0);
        assertThat(bands.get(2).get(1).asString()).isEqualTo(GREEN);
        assertThat(g.at("/pointer/show").asBoolean()).isTrue();
        assertThat(g.at("/pointer/itemStyle/color").asString()).isEqualTo("auto");
        assertThat(g.at("/detail/formatter/spFormat/kind").asString()).isEqualTo("percentPoints");
    }

    @Test
    void gaugeWithoutBandsIsAProgressArcInTheSeriesColour() {
        JsonNode g = config(ChartOption.builder()
                .series(Series.gauge("Calls", 42).color("#123456"))
                .build()).at("/option/series/0");
        assertThat(g.get("max").asDouble()).isEqualTo(100);
        assertThat(g.at("/progress/show").asBoolean()).isTrue();
        assertThat(g.at("/pointer/show").asBoolean()).isFalse();
        assertThat(g.at("/itemStyle/color").asString()).isEqualTo("#123456");
        assertThat(g.at("/detail/formatter/spFormat/kind").asString()).isEqualTo("plain");
    }

    @Test
    void darkWallScreenUsesDarkThemeLargeFontsAndTransparentBackground() {
        ChartOption option = ChartOption.builder()
                .wallScreen()
                .title("Bookings")
                .categories("Mon", "Tue")
                .series(Series.bar("Bookings", 3, 4).labels())
                .legend(LegendPosition.TOP)
                .build();

        JsonNode config = config(option);
        assertThat(config.get("theme").asString()).isEqualTo("dark");
        JsonNode o = config.get("option");
        assertThat(o.get("backgroundColor").asString()).isEqualTo("transparent");
        assertThat(o.at("/title/textStyle/fontSize").asInt()).isEqualTo(EChartJson.LARGE_TITLE);
        assertThat(o.at("/legend/textStyle/fontSize").asInt()).isEqualTo(EChartJson.LARGE_TEXT);
        assertThat(o.at("/xAxis/0/axisLabel/fontSize").asInt()).isEqualTo(EChartJson.LARGE_TEXT);
        assertThat(o.at("/yAxis/0/axisLabel/fontSize").asInt()).isEqualTo(EChartJson.LARGE_TEXT);
        assertThat(o.at("/series/0/label/fontSize").asInt()).isEqualTo(EChartJson.LARGE_TEXT);
        // Legend at the top sits under the title, and the plot under both.
        assertThat(o.at("/legend/top").asInt()).isPositive();
        assertThat(o.at("/grid/top").asInt()).isGreaterThan(o.at("/legend/top").asInt());
    }

    @Test
    void lightThemeHasNoLargeFontSizesOrBackground() {
        JsonNode config = config(ChartOption.builder().categories("a").series(Series.line("x", 1)).build());
        assertThat(config.get("theme").asString()).isEqualTo("light");
        JsonNode o = config.get("option");
        assertThat(o.has("backgroundColor")).isFalse();
        assertThat(o.at("/xAxis/0/axisLabel").has("fontSize")).isFalse();
        assertThat(o.has("title")).isFalse();
        assertThat(o.has("legend")).isFalse();
    }

    @Test
    void secondValueAxisIsOnTheRightAndSeriesReferToIt() {
        ChartOption option = ChartOption.builder()
                .categories("Jan", "Feb")
                .valueAxis(ValueAxis.of("Revenue", ValueFormat.money("USD", 0)))
                .valueAxis(ValueAxis.of("Win rate", ValueFormat.percent(1)).max(1))
                .series(Series.bar("Revenue", 1000, 2000), Series.line("Win rate", 0.3, 0.42).valueAxis(1))
                .palette("#111111", "#222222")
                .animation(false)
                .build();

        JsonNode o = config(option).get("option");
        assertThat(o.get("animation").asBoolean()).isFalse();
        assertThat(texts(o.get("color"))).containsExactly("#111111", "#222222");
        assertThat(o.get("yAxis")).hasSize(2);
        assertThat(o.at("/yAxis/1/position").asString()).isEqualTo("right");
        assertThat(o.at("/yAxis/1/max").asInt()).isEqualTo(1);
        assertThat(o.at("/yAxis/0/axisLabel/formatter/spFormat/currency").asString()).isEqualTo("USD");
        assertThat(o.at("/series/0/yAxisIndex").asInt()).isZero();
        assertThat(o.at("/series/1/yAxisIndex").asInt()).isEqualTo(1);
        // The tooltip of each series uses its own axis' format.
        assertThat(o.at("/series/0/tooltip/valueFormatter/spFormat/kind").asString()).isEqualTo("money");
        assertThat(o.at("/series/1/tooltip/valueFormatter/spFormat/kind").asString()).isEqualTo("percent");
        assertThat(o.at("/series/1/tooltip/valueFormatter/spFormat/decimals").asInt()).isEqualTo(1);
    }

    @Test
    void optionLocaleWinsOverTheComponentLocale() {
        ChartOption option = ChartOption.builder().locale(Locale.GERMANY).series(Series.gauge("g", 1)).build();
        assertThat(config(option).get("locale").asString()).isEqualTo("de-DE");
    }

    @Test
    void nonFiniteNumbersBecomeGaps() {
        JsonNode data = config(ChartOption.builder()
                .series(Series.line("x", Arrays.asList(1.0, Double.NaN, Double.POSITIVE_INFINITY)))
                .build()).at("/option/series/0/data");
        assertThat(numbers(data)).containsExactly(1.0, null, null);
    }

    @Test
    void invalidOptionsAreRejected() {
        assertThatThrownBy(() -> ChartOption.builder()
                .series(Series.gauge("g", 1), Series.bar("b", 1)).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChartOption.builder()
                .series(Series.line("x", 1).valueAxis(1)).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Series.bar("b", 1, 2).pointColors(List.of(RED)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ValueFormat.money("euro", 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Series.gauge("g", 1).range(10, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
