package com.salespact.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.ComponentUtil;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EChartTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ChartOption revenue(Number... values) {
        return ChartOption.builder()
                .locale(Locale.US)
                .categories("Jan", "Feb", "Mar")
                .series(Series.line("Revenue", values).target(100, "Target"))
                .build();
    }

    @Test
    void hasTagDefaultSizeAndNoOptionAtFirst() {
        EChart chart = new EChart();
        assertThat(chart.getElement().getTag()).isEqualTo("sp-echart");
        assertThat(chart.getHeight()).isEqualTo(EChart.DEFAULT_HEIGHT);
        assertThat(chart.getWidth()).isEqualTo("100%");
        assertThat(chart.getOption()).isNull();
        assertThat(chart.getConfigJson()).isNull();
    }

    @Test
    void setOptionSendsJsonPropertyAndKeepsTheOptionForAssertions() {
        EChart chart = new EChart(revenue(80, 95, 130));
        chart.setHeight("420px");

        assertThat(chart.getHeight()).isEqualTo("420px");
        assertThat(chart.getOption().series("Revenue").orElseThrow().values()).containsExactly(80, 95, 130);
        assertThat(chart.getOption().categories()).containsExactly("Jan", "Feb", "Mar");
        JsonNode config = JSON.readTree(chart.getElement().getProperty(EChart.CONFIG_PROPERTY));
        assertThat(config.at("/option/series/0/data/2").asInt()).isEqualTo(130);
        assertThat(config.get("locale").asString()).isEqualTo("en-US");
    }

    @Test
    void settingANewOptionReplacesTheProperty() {
        EChart chart = new EChart(revenue(80, 95, 130));
        ChartOption updated = chart.getOption().toBuilder()
                .replaceSeries(List.of(Series.line("Revenue", 81, 96, 140)))
                .build();
        chart.setOption(updated);

        assertThat(chart.getOption()).isSameAs(updated);
        assertThat(chart.getOption().seriesNames()).containsExactly("Revenue");
        JsonNode config = JSON.readTree(chart.getConfigJson());
        assertThat(config.at("/option/series/0/data/2").asInt()).isEqualTo(140);
        assertThat(config.at("/option/series/0").has("markLine")).isFalse();
    }

    @Test
    void seriesExposesValuesAndPointColours() {
        Series s = Series.bar("RAG", 1, 2).pointColors(Arrays.asList("#f00", null));
        assertThat(s.type()).isEqualTo(SeriesType.BAR);
        assertThat(s.values()).containsExactly(1, 2);
        assertThat(s.pointColors()).containsExactly("#f00", null);
        assertThat(Series.gauge("g", 42).value()).isEqualTo(42);
    }

    @Test
    void clickListenerReceivesTheClickedPoint() {
        EChart chart = new EChart(revenue(80, 95, 130));
        List<ChartClickEvent> clicks = new ArrayList<>();
        chart.addClickListener(clicks::add);

        ComponentUtil.fireEvent(chart,
                new ChartClickEvent(chart, true, "Revenue", 0, "Feb", 1, 95.0));

        assertThat(clicks).singleElement().satisfies(e -> {
            assertThat(e.getSeriesName()).isEqualTo("Revenue");
            assertThat(e.getCategory()).isEqualTo("Feb");
            assertThat(e.getDataIndex()).isEqualTo(1);
            assertThat(e.getValue()).isEqualTo(95.0);
        });
    }
}
