package com.salespact.deals.csv;

import com.salespact.people.DataScope;
import java.util.List;
import java.util.Set;

/**
 * Where mapped activity rows go (decision 025). The import pipeline lives here in {@code deals.csv}, but activities
 * are written by the {@code activities} feature, which depends on {@code deals} and not the reverse: it implements
 * this, and {@link CsvImportService} finds it as a bean. Rows come converted to the template's columns
 * ({@link CsvKind#ACTIVITIES}), each with the problems the conversion found.
 */
public interface ActivityImportTarget {

    /** Every row with its action (create, update, unchanged) or its problems, and the teams it touches. */
    record Planned(List<CsvRow> rows, Set<Long> teamIds) {

        public boolean hasErrors() {
            return rows.stream().anyMatch(CsvRow::hasErrors);
        }
    }

    /** Checks the rows against the stored data and the importer's scope; writes nothing. */
    Planned plan(List<CsvRow> rows, DataScope scope);

    /**
     * Checks the rows again and, only when none has a problem, writes them in the caller's transaction.
     * @return the fresh plan; nothing was written when it has errors
     */
    Planned write(List<CsvRow> rows, DataScope scope);
}
