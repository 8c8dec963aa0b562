package com.salespact.base.ui.chart;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The axis of named categories (months, people, stages). It is the x axis, or the y axis in a
 * {@link ChartOption.Builder#horizontal() horizontal} chart, where the first category is drawn at the top.
 *
 * @param categories  the category names, in order
 * @param name        axis title, or {@code null}
 * @param labelRotate degrees to rotate the labels (e.g. 30 for long names), 0 for none
 */
public record CategoryAxis(List<String> categories, String name, int labelRotate) implements Serializable {

    public CategoryAxis {
        categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
    }

    public static CategoryAxis of(List<String> categories) {
        return new CategoryAxis(categories, null, 0);
    }

    public static CategoryAxis of(String... categories) {
        return of(Arrays.asList(categories));
    }

    public CategoryAxis name(String name) {
        return new CategoryAxis(categories, name, labelRotate);
    }

    public CategoryAxis labelRotate(int degrees) {
        return new CategoryAxis(categories, name, degrees);
    }
}
