package com.salespact.base.ui.chart;

import java.io.Serializable;

/**
 * One value of a series, optionally with its own colour (e.g. red/amber/green bars).
 *
 * @param value the value; {@code null} is a gap
 * @param color CSS colour of this point, or {@code null} for the series colour
 */
public record DataPoint(Number value, String color) implements Serializable {

    public static DataPoint of(Number value) {
        return new DataPoint(value, null);
    }

    public static DataPoint of(Number value, String color) {
        return new DataPoint(value, color);
    }
}
