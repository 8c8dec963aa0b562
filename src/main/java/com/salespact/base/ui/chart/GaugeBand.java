package com.salespact.base.ui.chart;

import java.io.Serializable;
import java.util.Objects;

/**
 * A coloured stretch of a gauge's dial, from the previous band's end (or the gauge minimum) up to {@code upTo}, in
 * the gauge's units. Example for attainment in percent: {@code (70, red), (90, amber), (150, green)}.
 */
public record GaugeBand(double upTo, String color) implements Serializable {

    public GaugeBand {
        Objects.requireNonNull(color, "color");
    }

    public static GaugeBand upTo(double upTo, String color) {
        return new GaugeBand(upTo, color);
    }
}
