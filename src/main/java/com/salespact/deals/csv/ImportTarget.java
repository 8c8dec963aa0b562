package com.salespact.deals.csv;

import java.util.List;
import java.util.Set;

/**
 * Where the mapped rows of a kind the deals feature does not own go (decisions 025, 027): activities, targets. The
 * one import pipeline lives here in {@code deals.csv}; the features that own those records depend on {@code deals}
 * and not the reverse, so they implement this and {@link CsvImportService} finds them as beans. Rows come converted
 * to the template's columns of {@link #kind()}, each with the problems the conversion found.
 */
public interface ImportTarget {

    /** Every row with its action (create, update, unchanged) or its problems, and the teams it touches. */
    record Planned(List<CsvRow> rows, Set<Long> teamIds) {

        public boolean hasErrors() {
            return rows.stream().anyMatch(CsvRow::hasErrors);
        }

        int count(CsvRow.Action action) {
            return (int) rows.stream().filter(row -> row.action() == action).count();
        }
    }

    /** The kind of file this target writes. */
    CsvKind kind();

    /** Checks the rows against the stored data and the importer's scope; writes nothing. */
    Planned plan(List<CsvRow> rows, ImportContext context);

    /**
     * Checks the rows again and, only when none has a problem, writes them in the caller's transaction. Values a
     * preview's rows carry (a stored version, say) let the target refuse what changed since the preview.
     * @return the fresh plan; nothing was written when it has errors
     */
    Planned write(List<CsvRow> rows, ImportContext context);
}
