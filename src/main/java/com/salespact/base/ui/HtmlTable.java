package com.salespact.base.ui;

import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A small read-only table of records (a team's reps, a week's scorecard) drawn as one element: a {@code <table>}
 * with header cells, escaped text and optional markup cells. For a handful of rows that are all shown at once, where a
 * Grid's per-column components and data communicator would cost tens of kilobytes per user for nothing.
 */
public class HtmlTable<T> extends Div {

    private record Column<T>(String header, boolean numeric, Function<T, String> html) {
    }

    private final List<Column<T>> columns = new ArrayList<>();
    private List<T> items = List.of();

    public HtmlTable() {
        addClassName("html-table");
    }

    /** A column of plain text (escaped). */
    public HtmlTable<T> addColumn(String header, Function<T, String> text) {
        columns.add(new Column<>(header, false, item -> Html.escape(text.apply(item))));
        return this;
    }

    /** A right-aligned column of plain text (amounts, counts). */
    public HtmlTable<T> addNumberColumn(String header, Function<T, String> text) {
        columns.add(new Column<>(header, true, item -> Html.escape(text.apply(item))));
        return this;
    }

    /** A column whose cells are markup built with {@link Html} (user text in it must be escaped there). */
    public HtmlTable<T> addMarkupColumn(String header, Function<T, String> html) {
        columns.add(new Column<>(header, false, html));
        return this;
    }

    public void setItems(List<T> newItems) {
        items = List.copyOf(newItems);
        StringBuilder html = new StringBuilder(256 + 128 * items.size() * columns.size()).append("<table><thead><tr>");
        columns.forEach(column -> html.append(column.numeric() ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">")
                .append(Html.escape(column.header())).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (T item : items) {
            html.append("<tr>");
            columns.forEach(column -> html.append(column.numeric() ? "<td class=\"num\">" : "<td>")
                    .append(column.html().apply(item)).append("</td>"));
            html.append("</tr>");
        }
        getElement().setProperty("innerHTML", html.append("</tbody></table>").toString());
    }

    /** The rows shown, in order. */
    public List<T> items() {
        return items;
    }
}
