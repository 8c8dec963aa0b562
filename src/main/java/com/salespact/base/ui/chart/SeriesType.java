package com.salespact.base.ui.chart;

/** The kinds of series {@link EChart} draws. A stacked bar is a {@link #BAR} series with a stack name. */
public enum SeriesType {
    LINE("line"),
    BAR("bar"),
    GAUGE("gauge");

    private final String echartsType;

    SeriesType(String echartsType) {
        this.echartsType = echartsType;
    }

    /** The ECharts {@code series.type}. */
    public String echartsType() {
        return echartsType;
    }
}
