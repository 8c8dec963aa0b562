package com.salespact.base.ui.chart;

import java.util.Locale;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/**
 * An <a href="https://echarts.apache.org">Apache ECharts</a> chart: line, bar, stacked bar, horizontal bar and gauge,
 * described by a typed {@link ChartOption}.
 * <p>
 * The option goes to the browser as JSON in the element property {@value #CONFIG_PROPERTY}, so it survives detach and
 * re-attach. Calling {@link #setOption(ChartOption)} again updates the chart in place: the client keeps its ECharts
 * instance and merges the new option (data changes animate). The chart follows its element's size, disposes itself
 * when removed from the page, and marks its element with {@code data-rendered="true"} after each render.
 * <p>
 * Default size: full width, {@value #DEFAULT_HEIGHT} high; change with {@link #setHeight(String)} etc.
 *
 * <pre>{@code
 * EChart chart = new EChart(ChartOption.builder()
 *         .categories("Jan", "Feb", "Mar")
 *         .valueAxis(ValueAxis.of("Revenue", ValueFormat.compactMoney("EUR")))
 *         .series(Series.line("Revenue", 80_000, 95_000, 130_000).smooth().target(100_000, "Target"))
 *         .build());
 * // later, with new numbers:
 * chart.setOption(chart.getOption().toBuilder().replaceSeries(List.of(...)).build());
 * }</pre>
 */
@Tag("sp-echart")
@NpmPackage(value = "echarts", version = "6.0.0")
@JsModule("./src/sp-echart.js")
public class EChart extends Component implements HasSize, HasStyle {

    public static final String DEFAULT_HEIGHT = "300px";
    static final String CONFIG_PROPERTY = "config";

    private ChartOption option;

    public EChart() {
        setWidthFull();
        setHeight(DEFAULT_HEIGHT);
    }

    public EChart(ChartOption option) {
        this();
        setOption(option);
    }

    /** Shows this option; on a chart already showing one, updates it in place. */
    public void setOption(ChartOption option) {
        this.option = Objects.requireNonNull(option, "option");
        getElement().setProperty(CONFIG_PROPERTY, EChartJson.toJson(option, formattingLocale()));
    }

    /** The option last set, or {@code null}: what the chart shows, for tests. */
    public ChartOption getOption() {
        return option;
    }

    /** Called when the user clicks a bar, point or gauge. */
    public Registration addClickListener(ComponentEventListener<ChartClickEvent> listener) {
        return addListener(ChartClickEvent.class, listener);
    }

    /** The JSON sent to the browser (theme, locale and the ECharts option), or {@code null}. */
    public String getConfigJson() {
        return getElement().getProperty(CONFIG_PROPERTY);
    }

    private Locale formattingLocale() {
        try {
            return getLocale();
        } catch (RuntimeException e) {
            // No UI and no I18N provider (e.g. a plain unit test).
            return Locale.getDefault();
        }
    }
}
