package com.salespact.base.ui.chart;

import java.io.Serializable;

/**
 * Margins in pixels between the chart's edges and the plot area of line and bar charts. Axis labels and names are
 * kept inside the plot area's margins. Without an explicit grid, {@link EChart} picks margins that leave room for
 * the title and legend.
 */
public record Grid(int top, int right, int bottom, int left) implements Serializable {

    public static Grid of(int top, int right, int bottom, int left) {
        return new Grid(top, right, bottom, left);
    }
}
