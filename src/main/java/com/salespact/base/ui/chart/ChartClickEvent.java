package com.salespact.base.ui.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * A click on a bar, point or gauge of an {@link EChart} (e.g. to open the person behind a leaderboard bar).
 * Create one yourself to simulate a click in server-side tests: {@code ComponentUtil.fireEvent(chart, new
 * ChartClickEvent(chart, false, "Won", 0, "Q2", 1, 150000.0))}.
 */
@DomEvent("sp-chart-click")
public class ChartClickEvent extends ComponentEvent<EChart> {

    private final String seriesName;
    private final int seriesIndex;
    private final String category;
    private final int dataIndex;
    private final Double value;

    public ChartClickEvent(EChart source, boolean fromClient,
            @EventData("event.detail.seriesName") String seriesName,
            @EventData("event.detail.seriesIndex") int seriesIndex,
            @EventData("event.detail.name") String category,
            @EventData("event.detail.dataIndex") int dataIndex,
            @EventData("event.detail.value") Double value) {
        super(source, fromClient);
        this.seriesName = seriesName;
        this.seriesIndex = seriesIndex;
        this.category = category;
        this.dataIndex = dataIndex;
        this.value = value;
    }

    /** Name of the clicked series. */
    public String getSeriesName() {
        return seriesName;
    }

    /** Index of the clicked series in {@link ChartOption#series()}. */
    public int getSeriesIndex() {
        return seriesIndex;
    }

    /** The clicked category (or gauge name); {@code null} when there is none. */
    public String getCategory() {
        return category;
    }

    /** Index of the clicked point in the series data (and so in the categories). */
    public int getDataIndex() {
        return dataIndex;
    }

    /** The clicked value, or {@code null}. */
    public Double getValue() {
        return value;
    }
}
