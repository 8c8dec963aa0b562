package com.salespact.base.ui.chart;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;

/** How a server-side UI test sees a chart: through {@link EChart#getOption()}. */
class EChartKaribuTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void chartInAUiCanBeFoundAndAsserted() {
        Div holder = new Div(new EChart(ChartOption.builder()
                .categories("Ana", "Ben")
                .horizontal()
                .series(Series.bar("Attainment", 1.1, 0.7).pointColors(List.of("green", "red")))
                .build()));
        UI.getCurrent().add(holder);

        EChart chart = _get(EChart.class);
        assertThat(chart.getOption().horizontal()).isTrue();
        assertThat(chart.getOption().categories()).containsExactly("Ana", "Ben");
        Series bars = chart.getOption().series("Attainment").orElseThrow();
        assertThat(bars.values()).containsExactly(1.1, 0.7);
        assertThat(bars.pointColors()).containsExactly("green", "red");

        // Detach and re-attach keeps what the chart shows.
        holder.removeAll();
        holder.add(chart);
        assertThat(_get(EChart.class).getConfigJson()).contains("\"Attainment\"");
    }
}
