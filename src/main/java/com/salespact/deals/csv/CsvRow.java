package com.salespact.deals.csv;

import java.util.List;
import java.util.Map;

/**
 * One data row of a previewed file: the values as read (by column name, trimmed), what a commit would do with it,
 * and its problems. A row with problems is never written, and while any row has one nothing is written.
 */
public record CsvRow(long line, Map<String, String> values, Action action, List<CsvError> errors) {

    public enum Action {
        /** A new record: no stored record has this external id. */
        CREATE,
        /** The stored record with this external id differs and will be changed. */
        UPDATE,
        /** The stored record with this external id already holds these values. */
        UNCHANGED,
        /** The row has problems; see {@link #errors()}. */
        ERROR
    }

    public CsvRow {
        values = Map.copyOf(values);
        errors = List.copyOf(errors);
    }

    public String value(String column) {
        return values.getOrDefault(column, "");
    }

    public String externalId() {
        return value("external_id");
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
