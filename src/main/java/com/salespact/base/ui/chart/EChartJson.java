package com.salespact.base.ui.chart;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a {@link ChartOption} into the JSON that {@code sp-echart.js} reads:
 * {@code {"theme": "light"|"dark", "locale": "en-US", "option": <ECharts option>}}.
 * <p>
 * ECharts formatters are JavaScript functions; where one is needed the JSON holds
 * {@code {"spFormat": {"kind", "currency", "decimals", "input": "value"|"params", "prefix"}}} and the client swaps it
 * for a function built on {@code Intl.NumberFormat}.
 */
final class EChartJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Font sizes in px for {@link ChartOption#largeFonts()}; ECharts' own defaults otherwise. */
    static final int LARGE_TITLE = 30;
    static final int LARGE_SUBTITLE = 20;
    static final int LARGE_TEXT = 20;
    static final int LARGE_TOOLTIP = 18;
    static final int LARGE_GAUGE_VALUE = 52;
    static final int GAUGE_VALUE = 30;

    private static final String BAND_TRACK = "#E0E0E0";

    private EChartJson() {
    }

    static String toJson(ChartOption option, Locale fallbackLocale) {
        return MAPPER.writeValueAsString(toConfig(option, fallbackLocale));
    }

    static ObjectNode toConfig(ChartOption option, Locale fallbackLocale) {
        ObjectNode config = NODES.objectNode();
        config.put("theme", option.theme() == ChartTheme.DARK ? "dark" : "light");
        Locale locale = option.locale() != null ? option.locale() : fallbackLocale;
        if (locale != null) {
            config.put("locale", locale.toLanguageTag());
        }
        config.set("option", toEChartsOption(option));
        return config;
    }

    static ObjectNode toEChartsOption(ChartOption o) {
        boolean large = o.largeFonts();
        ObjectNode option = NODES.objectNode();
        option.put("animation", o.animation());
        option.putObject("aria").put("enabled", true);
        if (o.background() != null) {
            option.put("backgroundColor", o.background());
        }
        if (!o.palette().isEmpty()) {
            ArrayNode colors = option.putArray("color");
            o.palette().forEach(colors::add);
        }
        if (large) {
            option.putObject("textStyle").put("fontSize", LARGE_TEXT);
        }

        int titleHeight = 0;
        if (o.title() != null || o.subtitle() != null) {
            ObjectNode title = option.putObject("title");
            title.put("left", "left");
            if (o.title() != null) {
                title.put("text", o.title());
            }
            if (o.subtitle() != null) {
                title.put("subtext", o.subtitle());
            }
            if (large) {
                title.putObject("textStyle").put("fontSize", LARGE_TITLE);
                title.putObject("subtextStyle").put("fontSize", LARGE_SUBTITLE);
            }
            titleHeight = (large ? 56 : 36) + (o.subtitle() != null ? (large ? 28 : 20) : 0);
        }

        if (o.legend() != null) {
            ObjectNode legend = option.putObject("legend");
            legend.put("show", true);
            legend.put("type", "scroll");
            switch (o.legend()) {
                case TOP -> {
                    legend.put("top", titleHeight);
                    legend.put("left", "center");
                }
                case BOTTOM -> {
                    legend.put("bottom", 0);
                    legend.put("left", "center");
                }
                case RIGHT -> {
                    legend.put("right", 0);
                    legend.put("top", "middle");
                    legend.put("orient", "vertical");
                }
            }
            if (large) {
                legend.putObject("textStyle").put("fontSize", LARGE_TEXT);
                legend.put("itemWidth", 36).put("itemHeight", 22);
            }
        }

        if (o.tooltip()) {
            ObjectNode tooltip = option.putObject("tooltip");
            tooltip.put("show", true);
            tooltip.put("confine", true);
            if (o.isGauge()) {
                tooltip.put("trigger", "item");
            } else {
                tooltip.put("trigger", "axis");
                boolean bars = o.series().stream().anyMatch(s -> s.type() == SeriesType.BAR);
                tooltip.putObject("axisPointer").put("type", bars ? "shadow" : "line");
            }
            if (large) {
                tooltip.putObject("textStyle").put("fontSize", LARGE_TOOLTIP);
            }
        }

        if (o.isGauge()) {
            ArrayNode series = option.putArray("series");
            int count = o.series().size();
            for (int i = 0; i < count; i++) {
                series.add(gauge(o.series().get(i), i, count, large));
            }
            return option;
        }

        option.set("grid", grid(o, titleHeight));
        ArrayNode categoryAxes = NODES.arrayNode().add(categoryAxis(o, large));
        ArrayNode valueAxes = NODES.arrayNode();
        List<ValueAxis> axes = o.valueAxes().isEmpty() ? List.of(ValueAxis.of()) : o.valueAxes();
        for (int i = 0; i < axes.size(); i++) {
            valueAxes.add(valueAxis(axes.get(i), i, o.horizontal(), large));
        }
        option.set("xAxis", o.horizontal() ? valueAxes : categoryAxes);
        option.set("yAxis", o.horizontal() ? categoryAxes : valueAxes);

        ArrayNode series = option.putArray("series");
        for (Series s : o.series()) {
            ValueAxis axis = s.valueAxisIndex() < axes.size() ? axes.get(s.valueAxisIndex()) : axes.getFirst();
            series.add(cartesian(s, axis, o.horizontal(), large));
        }
        return option;
    }

    private static ObjectNode grid(ChartOption o, int titleHeight) {
        ObjectNode grid = NODES.objectNode();
        Grid g = o.grid();
        if (g == null) {
            int legendSpace = o.largeFonts() ? 44 : 32;
            int top = Math.max(titleHeight, 12) + (o.legend() == LegendPosition.TOP ? legendSpace : 0);
            boolean markLines = o.series().stream().anyMatch(s -> !s.markLines().isEmpty());
            if (o.horizontal() && markLines) {
                top += o.largeFonts() ? 28 : 20; // room for the target label above the plot
            }
            int bottom = o.legend() == LegendPosition.BOTTOM ? legendSpace + 4 : 8;
            int right = o.legend() == LegendPosition.RIGHT ? 140 : 16;
            g = new Grid(top, right, bottom, 8);
        }
        grid.put("top", g.top()).put("right", g.right()).put("bottom", g.bottom()).put("left", g.left());
        // ECharts 6: keep axis labels and names inside the grid rect (what containLabel did before 6).
        grid.put("outerBoundsMode", "same");
        grid.put("outerBoundsContain", "all");
        return grid;
    }

    private static ObjectNode categoryAxis(ChartOption o, boolean large) {
        ObjectNode axis = NODES.objectNode();
        axis.put("type", "category");
        CategoryAxis c = o.categoryAxis();
        ArrayNode data = axis.putArray("data");
        if (c != null) {
            c.categories().forEach(data::add);
            if (c.name() != null) {
                axis.put("name", c.name());
                axis.put("nameLocation", "middle");
            }
        }
        axis.putObject("axisTick").put("alignWithLabel", true);
        ObjectNode labels = axis.putObject("axisLabel");
        if (o.horizontal()) {
            // Leaderboards: first category at the top, and every name shown.
            axis.put("inverse", true);
            labels.put("interval", 0);
        }
        if (c != null && c.labelRotate() != 0) {
            labels.put("rotate", c.labelRotate());
        }
        if (large) {
            labels.put("fontSize", LARGE_TEXT);
            axis.putObject("nameTextStyle").put("fontSize", LARGE_TEXT);
        }
        return axis;
    }

    private static ObjectNode valueAxis(ValueAxis v, int index, boolean horizontal, boolean large) {
        ObjectNode axis = NODES.objectNode();
        axis.put("type", "value");
        if (v.name() != null) {
            axis.put("name", v.name());
            axis.put("nameLocation", "middle");
        }
        if (index == 1) {
            axis.put("position", horizontal ? "top" : "right");
            axis.putObject("splitLine").put("show", false);
        }
        if (v.min() != null) {
            putNumber(axis, "min", v.min());
        }
        if (v.max() != null) {
            putNumber(axis, "max", v.max());
        }
        ObjectNode labels = axis.putObject("axisLabel");
        labels.set("formatter", format(v.format(), "value", null));
        if (large) {
            labels.put("fontSize", LARGE_TEXT);
            axis.putObject("nameTextStyle").put("fontSize", LARGE_TEXT);
        }
        return axis;
    }

    private static ObjectNode cartesian(Series s, ValueAxis axis, boolean horizontal, boolean large) {
        ObjectNode node = NODES.objectNode();
        node.put("type", s.type().echartsType());
        node.put("name", s.name());
        node.put(horizontal ? "xAxisIndex" : "yAxisIndex", s.valueAxisIndex());
        if (s.stack() != null) {
            node.put("stack", s.stack());
        }
        if (s.color() != null) {
            node.putObject("itemStyle").put("color", s.color());
        }
        if (s.type() == SeriesType.LINE) {
            node.put("smooth", s.smoothLine());
            if (s.areaFill()) {
                ObjectNode area = node.putObject("areaStyle");
                area.put("opacity", 0.25);
            }
            if (large) {
                node.putObject("lineStyle").put("width", 4);
                node.put("symbolSize", 10);
            }
        } else {
            node.put("barMaxWidth", large ? 64 : 48);
        }
        ValueFormat fmt = s.format() != null ? s.format() : axis.format();
        if (s.showLabels()) {
            ObjectNode label = node.putObject("label");
            label.put("show", true);
            String position;
            if (s.stack() != null) {
                position = "inside";
            } else if (s.type() == SeriesType.BAR && horizontal) {
                position = "right";
            } else {
                position = "top";
            }
            label.put("position", position);
            label.set("formatter", format(fmt, "params", null));
            if (large) {
                label.put("fontSize", LARGE_TEXT);
            }
        }
        node.putObject("tooltip").set("valueFormatter", format(fmt, "value", null));

        ArrayNode data = node.putArray("data");
        for (DataPoint p : s.data()) {
            if (p.color() == null) {
                addNumber(data, p.value());
            } else {
                ObjectNode item = data.addObject();
                putNumber(item, "value", p.value());
                item.putObject("itemStyle").put("color", p.color());
            }
        }

        if (!s.markLines().isEmpty()) {
            ObjectNode markLine = node.putObject("markLine");
            markLine.put("symbol", "none");
            markLine.put("silent", true);
            ArrayNode lines = markLine.putArray("data");
            for (MarkLine m : s.markLines()) {
                ObjectNode line = lines.addObject();
                putNumber(line, horizontal ? "xAxis" : "yAxis", m.value());
                if (m.label() != null) {
                    line.put("name", m.label());
                }
                ObjectNode style = line.putObject("lineStyle");
                style.put("type", m.dashed() ? "dashed" : "solid");
                style.put("width", large ? 3 : 2);
                if (m.color() != null) {
                    style.put("color", m.color());
                }
                ObjectNode label = line.putObject("label");
                label.put("show", true);
                // Horizontal text either way: above the right end of a horizontal line; at the top of a vertical
                // one (the category axis of a horizontal chart is inverted, so the line starts at the top).
                label.put("position", horizontal ? "start" : "insideEndTop");
                label.set("formatter", format(fmt, "params", m.label() == null ? null : m.label() + ": "));
                if (large) {
                    label.put("fontSize", LARGE_TEXT);
                }
            }
        }
        return node;
    }

    private static ObjectNode gauge(Series s, int index, int count, boolean large) {
        ObjectNode node = NODES.objectNode();
        node.put("type", "gauge");
        node.put("name", s.name());
        node.put("min", s.gaugeMin());
        node.put("max", s.gaugeMax());
        ArrayNode center = node.putArray("center");
        center.add(count == 1 ? "50%" : percent((index + 0.5) * 100.0 / count));
        center.add("58%");
        node.put("radius", count == 1 ? "90%" : percent(Math.min(90, 180.0 / count)));
        if (s.color() != null) {
            node.putObject("itemStyle").put("color", s.color());
        }
        int width = large ? 22 : 14;
        ObjectNode lineStyle = node.putObject("axisLine").putObject("lineStyle");
        lineStyle.put("width", width);
        boolean banded = !s.gaugeBands().isEmpty();
        if (banded) {
            ArrayNode colors = lineStyle.putArray("color");
            double span = s.gaugeMax() - s.gaugeMin();
            List<GaugeBand> bands = s.gaugeBands();
            for (int i = 0; i < bands.size(); i++) {
                GaugeBand band = bands.get(i);
                // The last band always reaches the end of the dial.
                double fraction = i == bands.size() - 1 ? 1.0
                        : Math.clamp((band.upTo() - s.gaugeMin()) / span, 0.0, 1.0);
                colors.addArray().add(fraction).add(band.color());
            }
            ObjectNode pointer = node.putObject("pointer");
            pointer.put("show", true);
            pointer.put("width", large ? 8 : 6);
            // The pointer takes the colour of the band it points into.
            pointer.putObject("itemStyle").put("color", "auto");
            node.putObject("progress").put("show", false);
            node.putObject("title").putArray("offsetCenter").add(0).add("30%");
            node.putObject("detail").putArray("offsetCenter").add(0).add("62%");
        } else {
            lineStyle.putArray("color").addArray().add(1.0).add(BAND_TRACK);
            ObjectNode progress = node.putObject("progress");
            progress.put("show", true);
            progress.put("width", width);
            node.putObject("pointer").put("show", false);
            node.putObject("title").putArray("offsetCenter").add(0).add("35%");
            node.putObject("detail").putArray("offsetCenter").add(0).add("0%");
        }
        ObjectNode detail = (ObjectNode) node.get("detail");
        detail.put("valueAnimation", true);
        detail.put("fontSize", large ? LARGE_GAUGE_VALUE : GAUGE_VALUE);
        detail.put("fontWeight", "bold");
        detail.set("formatter", format(s.format(), "value", null));
        if (large) {
            ((ObjectNode) node.get("title")).put("fontSize", LARGE_TEXT + 4);
        }
        node.putObject("splitLine").put("distance", -width).put("length", width);
        node.putObject("axisTick").put("distance", -width).put("length", Math.max(4, width / 3));
        ObjectNode labels = node.putObject("axisLabel");
        labels.put("distance", width + (large ? 14 : 10));
        labels.set("formatter", format(s.format(), "value", null));
        if (large) {
            labels.put("fontSize", LARGE_TOOLTIP);
        }
        node.putObject("tooltip").set("valueFormatter", format(s.format(), "value", null));
        ObjectNode item = node.putArray("data").addObject();
        putNumber(item, "value", s.value());
        item.put("name", s.name());
        return node;
    }

    /** The placeholder the client turns into a formatter function. */
    static ObjectNode format(ValueFormat format, String input, String prefix) {
        ObjectNode spec = NODES.objectNode();
        spec.put("kind", format == null ? "plain" : format.kind().jsName());
        if (format != null) {
            spec.put("decimals", format.decimals());
            if (format.currency() != null) {
                spec.put("currency", format.currency());
            }
        }
        spec.put("input", input);
        if (prefix != null) {
            spec.put("prefix", prefix);
        }
        ObjectNode holder = NODES.objectNode();
        holder.set("spFormat", spec);
        return holder;
    }

    private static String percent(double value) {
        return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString() + "%";
    }

    private static void putNumber(ObjectNode node, String field, Number value) {
        switch (value) {
            case null -> node.putNull(field);
            case Integer i -> node.put(field, i.intValue());
            case Long l -> node.put(field, l.longValue());
            case Short sh -> node.put(field, sh.intValue());
            case Byte b -> node.put(field, b.intValue());
            case BigInteger bi -> node.put(field, bi);
            case BigDecimal bd -> node.put(field, bd);
            default -> {
                double d = value.doubleValue();
                if (Double.isFinite(d)) {
                    node.put(field, d);
                } else {
                    node.putNull(field);
                }
            }
        }
    }

    private static void addNumber(ArrayNode array, Number value) {
        switch (value) {
            case null -> array.addNull();
            case Integer i -> array.add(i.intValue());
            case Long l -> array.add(l.longValue());
            case Short sh -> array.add(sh.intValue());
            case Byte b -> array.add(b.intValue());
            case BigInteger bi -> array.add(bi);
            case BigDecimal bd -> array.add(bd);
            default -> {
                double d = value.doubleValue();
                if (Double.isFinite(d)) {
                    array.add(d);
                } else {
                    array.addNull();
                }
            }
        }
    }
}
