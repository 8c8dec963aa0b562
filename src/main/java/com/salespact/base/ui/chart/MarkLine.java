package com.salespact.base.ui.chart;

import java.io.Serializable;
import java.util.Objects;

/**
 * A horizontal (or, in a horizontal chart, vertical) line across the plot at a value, e.g. a target or quota.
 *
 * @param value  where the line is drawn, in the units of the series' value axis
 * @param label  text before the formatted value ("Target" → "Target: €1.2M"), or {@code null} for the value alone
 * @param color  CSS colour, or {@code null} for the series colour
 * @param dashed dashed (default) or solid
 */
public record MarkLine(Number value, String label, String color, boolean dashed) implements Serializable {

    public MarkLine {
        Objects.requireNonNull(value, "value");
    }

    /** A dashed line at {@code value}. */
    public static MarkLine at(Number value) {
        return new MarkLine(value, null, null, true);
    }

    /** A dashed target line, labelled "label: value". */
    public static MarkLine target(Number value, String label) {
        return new MarkLine(value, label, null, true);
    }

    public MarkLine label(String label) {
        return new MarkLine(value, label, color, dashed);
    }

    public MarkLine color(String color) {
        return new MarkLine(value, label, color, dashed);
    }

    public MarkLine solid() {
        return new MarkLine(value, label, color, false);
    }
}
