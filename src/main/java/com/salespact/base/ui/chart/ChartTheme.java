package com.salespact.base.ui.chart;

/** Colour theme of a chart: {@link #DARK} is ECharts' built-in dark theme, for TV wall screens. */
public enum ChartTheme {
    LIGHT,
    DARK
}
