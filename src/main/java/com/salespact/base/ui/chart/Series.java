package com.salespact.base.ui.chart;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One series of a chart: a line, a bar series (stacked when it has a stack name) or a gauge. Immutable; the
 * modifying methods return a changed copy, so a series reads as one expression:
 *
 * <pre>{@code
 * Series.line("Revenue", monthly).color("#1676f3").smooth().area().target(120_000, "Target")
 * Series.bar("Won", won).stack("pipeline")
 * Series.barPoints("Attainment", List.of(DataPoint.of(1.12, GREEN), DataPoint.of(0.64, RED))).labels()
 * Series.gauge("Attainment", 87).range(0, 150).bands(GaugeBand.upTo(70, RED), GaugeBand.upTo(150, GREEN))
 * }</pre>
 *
 * @param type           line, bar or gauge
 * @param name           shown in legend and tooltip
 * @param data           the values, in category order (a gauge has one)
 * @param color          CSS colour of the series, or {@code null} for the palette colour
 * @param stack          series with the same stack name are stacked, or {@code null}
 * @param smoothLine     line only: smoothed curve
 * @param areaFill       line only: filled area under the line
 * @param markLines      lines across the plot at fixed values (targets)
 * @param showLabels     show each value as a label on the bar/point
 * @param format         format of this series' labels, tooltip values and gauge value; {@code null} for the format
 *                       of its value axis
 * @param valueAxisIndex 0 for the first value axis, 1 for the second
 * @param gaugeMin       gauge only: dial minimum
 * @param gaugeMax       gauge only: dial maximum
 * @param gaugeBands     gauge only: coloured dial bands; empty for a progress bar in the series colour
 */
public record Series(
        SeriesType type,
        String name,
        List<DataPoint> data,
        String color,
        String stack,
        boolean smoothLine,
        boolean areaFill,
        List<MarkLine> markLines,
        boolean showLabels,
        ValueFormat format,
        int valueAxisIndex,
        double gaugeMin,
        double gaugeMax,
        List<GaugeBand> gaugeBands) implements Serializable {

    public Series {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        // List.copyOf rejects null elements; DataPoint itself may hold a null value (a gap).
        data = List.copyOf(Objects.requireNonNull(data, "data"));
        markLines = List.copyOf(markLines == null ? List.of() : markLines);
        gaugeBands = List.copyOf(gaugeBands == null ? List.of() : gaugeBands);
        if (valueAxisIndex < 0 || valueAxisIndex > 1) {
            throw new IllegalArgumentException("valueAxisIndex must be 0 or 1: " + valueAxisIndex);
        }
        if (type == SeriesType.GAUGE && gaugeMax <= gaugeMin) {
            throw new IllegalArgumentException("gauge max must be above min: " + gaugeMin + ".." + gaugeMax);
        }
    }

    // ---- factories -------------------------------------------------------------------------------------------

    public static Series line(String name, List<? extends Number> values) {
        return of(SeriesType.LINE, name, points(values));
    }

    public static Series line(String name, Number... values) {
        return line(name, Arrays.asList(values));
    }

    public static Series bar(String name, List<? extends Number> values) {
        return of(SeriesType.BAR, name, points(values));
    }

    public static Series bar(String name, Number... values) {
        return bar(name, Arrays.asList(values));
    }

    /** A bar series whose points may carry their own colours (RAG bars, leaderboards). */
    public static Series barPoints(String name, List<DataPoint> points) {
        return of(SeriesType.BAR, name, points);
    }

    /** A gauge showing one value, on a 0–100 dial unless {@link #range(double, double)} says otherwise. */
    public static Series gauge(String name, Number value) {
        return new Series(SeriesType.GAUGE, name, List.of(DataPoint.of(value)), null, null, false, false, List.of(),
                false, null, 0, 0, 100, List.of());
    }

    private static Series of(SeriesType type, String name, List<DataPoint> points) {
        return new Series(type, name, points, null, null, false, false, List.of(), false, null, 0, 0, 100, List.of());
    }

    private static List<DataPoint> points(List<? extends Number> values) {
        Objects.requireNonNull(values, "values");
        List<DataPoint> points = new ArrayList<>(values.size());
        for (Number value : values) {
            points.add(DataPoint.of(value));
        }
        return points;
    }

    // ---- modifiers (return a copy) ---------------------------------------------------------------------------

    public Series color(String color) {
        return new Series(type, name, data, color, stack, smoothLine, areaFill, markLines, showLabels, format, valueAxisIndex,
                gaugeMin, gaugeMax, gaugeBands);
    }

    /** Stack this series onto the others with the same stack name. */
    public Series stack(String stack) {
        return new Series(type, name, data, color, stack, smoothLine, areaFill, markLines, showLabels, format, valueAxisIndex,
                gaugeMin, gaugeMax, gaugeBands);
    }

    public Series smooth() {
        return new Series(type, name, data, color, stack, true, areaFill, markLines, showLabels, format, valueAxisIndex,
                gaugeMin, gaugeMax, gaugeBands);
    }

    public Series area() {
        return new Series(type, name, data, color, stack, smoothLine, true, markLines, showLabels, format, valueAxisIndex,
                gaugeMin, gaugeMax, gaugeBands);
    }

    public Series markLine(MarkLine markLine) {
        List<MarkLine> lines = new ArrayList<>(markLines);
        lines.add(Objects.requireNonNull(markLine, "markLine"));
        return new Series(type, name, data, color, stack, smoothLine, areaFill, lines, showLabels, format, valueAxisIndex,
                gaugeMin, gaugeMax, gaugeBands);
    }

    /** A dashed target line labelled "label: value". */
    public Series target(Number value, String label) {
        return markLine(MarkLine.target(value, label));
    }

    /** Show every value as a label on its bar or point. */
    public Series labels() {
        return new Series(type, name, data, color, stack, smoothLine, areaFill, markLines, true, format, valueAxisIndex,
                gaugeMin, gaugeMax, gaugeBands);
    }

    public Series format(ValueFormat format) {
        return new Series(type, name, data, color, stack, smoothLine, areaFill, markLines, showLabels, format, valueAxisIndex,
                gaugeMin, gaugeMax, gaugeBands);
    }

    /** Plot against the first (0) or second (1) value axis. */
    public Series valueAxis(int index) {
        return new Series(type, name, data, color, stack, smoothLine, areaFill, markLines, showLabels, format, index,
                gaugeMin, gaugeMax, gaugeBands);
    }

    /** Colours per point, in data order ({@code null} entries keep the series colour). */
    public Series pointColors(List<String> colors) {
        if (colors.size() != data.size()) {
            throw new IllegalArgumentException(
                    "pointColors needs one colour per point: " + colors.size() + " colours, " + data.size()
                            + " points");
        }
        List<DataPoint> points = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            points.add(DataPoint.of(data.get(i).value(), colors.get(i)));
        }
        return new Series(type, name, points, color, stack, smoothLine, areaFill, markLines, showLabels, format, valueAxisIndex,
                gaugeMin, gaugeMax, gaugeBands);
    }

    /** Gauge dial range. */
    public Series range(double min, double max) {
        return new Series(type, name, data, color, stack, smoothLine, areaFill, markLines, showLabels, format, valueAxisIndex,
                min, max, gaugeBands);
    }

    /** Gauge dial colour bands, in ascending order of {@link GaugeBand#upTo()}. */
    public Series bands(GaugeBand... bands) {
        return new Series(type, name, data, color, stack, smoothLine, areaFill, markLines, showLabels, format, valueAxisIndex,
                gaugeMin, gaugeMax, Arrays.asList(bands));
    }

    // ---- for assertions --------------------------------------------------------------------------------------

    /** The plain values, in order ({@code null} for gaps). */
    public List<Number> values() {
        return data.stream().map(DataPoint::value).toList(); // unmodifiable, allows nulls
    }

    /** The per-point colours, in order ({@code null} where a point has no own colour). */
    public List<String> pointColors() {
        return data.stream().map(DataPoint::color).toList();
    }

    /** The single value of a gauge (or the first value of any series). */
    public Number value() {
        return data.isEmpty() ? null : data.getFirst().value();
    }
}
