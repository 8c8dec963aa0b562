package com.salespact.base.ui.chart;

/** Where the legend is drawn. */
public enum LegendPosition {
    TOP,
    BOTTOM,
    RIGHT
}
