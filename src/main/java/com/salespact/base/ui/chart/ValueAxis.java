package com.salespact.base.ui.chart;

import java.io.Serializable;

/**
 * A numeric axis: the y axis, or the x axis in a horizontal chart. A chart may have two; the second is drawn on the
 * opposite side and series opt into it with {@link Series#valueAxis(int) valueAxis(1)}.
 *
 * @param name   axis title, or {@code null}
 * @param format label, tooltip and target-line format, or {@code null} for plain numbers
 * @param min    fixed minimum, or {@code null} for automatic
 * @param max    fixed maximum, or {@code null} for automatic
 */
public record ValueAxis(String name, ValueFormat format, Number min, Number max) implements Serializable {

    public static ValueAxis of() {
        return new ValueAxis(null, null, null, null);
    }

    public static ValueAxis of(String name, ValueFormat format) {
        return new ValueAxis(name, format, null, null);
    }

    public ValueAxis name(String name) {
        return new ValueAxis(name, format, min, max);
    }

    public ValueAxis format(ValueFormat format) {
        return new ValueAxis(name, format, min, max);
    }

    public ValueAxis min(Number min) {
        return new ValueAxis(name, format, min, max);
    }

    public ValueAxis max(Number max) {
        return new ValueAxis(name, format, min, max);
    }
}
