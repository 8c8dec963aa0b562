package com.salespact.base.ui.chart;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything an {@link EChart} shows. Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
 *
 * <pre>{@code
 * ChartOption.builder()
 *         .title("Revenue this year")
 *         .categories("Jan", "Feb", "Mar")
 *         .valueAxis(ValueAxis.of("Revenue", ValueFormat.compactMoney("EUR")))
 *         .series(Series.line("Revenue", 80_000, 95_000, 130_000).smooth().target(100_000, "Target"))
 *         .legend()
 *         .build();
 * }</pre>
 *
 * @param title        chart title, or {@code null}
 * @param subtitle     smaller line under the title, or {@code null}
 * @param theme        light or dark
 * @param largeFonts   larger text everywhere, for wall screens
 * @param background   CSS background colour ("transparent" blends into the page), or {@code null} for the theme's
 * @param legend       legend position, or {@code null} for no legend
 * @param tooltip      show a tooltip on hover
 * @param grid         plot area margins, or {@code null} for automatic ones
 * @param categoryAxis the category axis of line/bar charts, or {@code null} (gauges)
 * @param valueAxes    one or two value axes of line/bar charts (empty for gauges)
 * @param horizontal   categories on the y axis and bars growing to the right (leaderboards)
 * @param series       the series, in drawing order
 * @param palette      CSS colours used in turn for series without their own colour; empty for the theme's
 * @param animation    animate rendering and updates
 * @param locale       locale for number formatting, or {@code null} for the component's locale
 */
public record ChartOption(
        String title,
        String subtitle,
        ChartTheme theme,
        boolean largeFonts,
        String background,
        LegendPosition legend,
        boolean tooltip,
        Grid grid,
        CategoryAxis categoryAxis,
        List<ValueAxis> valueAxes,
        boolean horizontal,
        List<Series> series,
        List<String> palette,
        boolean animation,
        Locale locale) implements Serializable {

    public ChartOption {
        theme = theme == null ? ChartTheme.LIGHT : theme;
        valueAxes = List.copyOf(valueAxes == null ? List.of() : valueAxes);
        series = List.copyOf(series == null ? List.of() : series);
        palette = List.copyOf(palette == null ? List.of() : palette);
        if (valueAxes.size() > 2) {
            throw new IllegalArgumentException("at most two value axes: " + valueAxes.size());
        }
        boolean gauges = series.stream().anyMatch(s -> s.type() == SeriesType.GAUGE);
        boolean cartesian = series.stream().anyMatch(s -> s.type() != SeriesType.GAUGE);
        if (gauges && cartesian) {
            throw new IllegalArgumentException("a chart shows either gauges or line/bar series, not both");
        }
        int axisCount = Math.max(1, valueAxes.size());
        for (Series s : series) {
            if (s.type() != SeriesType.GAUGE && s.valueAxisIndex() >= axisCount) {
                throw new IllegalArgumentException(
                        "series '" + s.name() + "' uses value axis " + s.valueAxisIndex() + " but the chart has "
                                + axisCount);
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.title = title;
        b.subtitle = subtitle;
        b.theme = theme;
        b.largeFonts = largeFonts;
        b.background = background;
        b.legend = legend;
        b.tooltip = tooltip;
        b.grid = grid;
        b.categoryAxis = categoryAxis;
        b.valueAxes.addAll(valueAxes);
        b.horizontal = horizontal;
        b.series.addAll(series);
        b.palette.addAll(palette);
        b.animation = animation;
        b.locale = locale;
        return b;
    }

    // ---- for assertions --------------------------------------------------------------------------------------

    /** The category names (empty when there is no category axis). */
    public List<String> categories() {
        return categoryAxis == null ? List.of() : categoryAxis.categories();
    }

    /** The series with this name. */
    public Optional<Series> series(String name) {
        return series.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The names of all series, in order. */
    public List<String> seriesNames() {
        return series.stream().map(Series::name).toList();
    }

    /** True when only gauges are shown (no axes). */
    public boolean isGauge() {
        return !series.isEmpty() && series.stream().allMatch(s -> s.type() == SeriesType.GAUGE);
    }

    public static final class Builder {
        private String title;
        private String subtitle;
        private ChartTheme theme = ChartTheme.LIGHT;
        private boolean largeFonts;
        private String background;
        private LegendPosition legend;
        private boolean tooltip = true;
        private Grid grid;
        private CategoryAxis categoryAxis;
        private final List<ValueAxis> valueAxes = new ArrayList<>();
        private boolean horizontal;
        private final List<Series> series = new ArrayList<>();
        private final List<String> palette = new ArrayList<>();
        private boolean animation = true;
        private Locale locale;

        private Builder() {
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder title(String title, String subtitle) {
            this.title = title;
            this.subtitle = subtitle;
            return this;
        }

        public Builder theme(ChartTheme theme) {
            this.theme = Objects.requireNonNull(theme, "theme");
            return this;
        }

        /** Dark theme with large fonts and a transparent background: for TV wall screens on a dark page. */
        public Builder wallScreen() {
            this.theme = ChartTheme.DARK;
            this.largeFonts = true;
            this.background = "transparent";
            return this;
        }

        public Builder largeFonts(boolean largeFonts) {
            this.largeFonts = largeFonts;
            return this;
        }

        public Builder background(String cssColor) {
            this.background = cssColor;
            return this;
        }

        /** A legend at the bottom. */
        public Builder legend() {
            return legend(LegendPosition.BOTTOM);
        }

        public Builder legend(LegendPosition position) {
            this.legend = position;
            return this;
        }

        public Builder tooltip(boolean tooltip) {
            this.tooltip = tooltip;
            return this;
        }

        public Builder grid(Grid grid) {
            this.grid = grid;
            return this;
        }

        public Builder categories(List<String> categories) {
            this.categoryAxis = CategoryAxis.of(categories);
            return this;
        }

        public Builder categories(String... categories) {
            return categories(Arrays.asList(categories));
        }

        public Builder categoryAxis(CategoryAxis axis) {
            this.categoryAxis = axis;
            return this;
        }

        /** Adds a value axis: the first call sets the main one, a second call a secondary one. */
        public Builder valueAxis(ValueAxis axis) {
            this.valueAxes.add(Objects.requireNonNull(axis, "axis"));
            return this;
        }

        /** Categories on the y axis (first at the top), values on the x axis: leaderboards. */
        public Builder horizontal() {
            this.horizontal = true;
            return this;
        }

        public Builder horizontal(boolean horizontal) {
            this.horizontal = horizontal;
            return this;
        }

        public Builder series(Series... series) {
            return series(Arrays.asList(series));
        }

        public Builder series(List<Series> series) {
            for (Series s : series) {
                this.series.add(Objects.requireNonNull(s, "series"));
            }
            return this;
        }

        /** Replaces all series. */
        public Builder replaceSeries(List<Series> series) {
            this.series.clear();
            return series(series);
        }

        public Builder palette(String... colors) {
            this.palette.clear();
            this.palette.addAll(Arrays.asList(colors));
            return this;
        }

        public Builder animation(boolean animation) {
            this.animation = animation;
            return this;
        }

        public Builder locale(Locale locale) {
            this.locale = locale;
            return this;
        }

        public ChartOption build() {
            return new ChartOption(title, subtitle, theme, largeFonts, background, legend, tooltip, grid,
                    categoryAxis, valueAxes, horizontal, series, palette, animation, locale);
        }
    }
}
