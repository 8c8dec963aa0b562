package com.salespact.deals.csv;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What importing a file would do, worked out without writing anything: every data row with its action or
 * problems, plus problems of the file itself (header, encoding, broken quoting). Pass it to
 * {@link CsvImportService#commit(CsvPreview)} to write it; the commit checks every row again.
 *
 * @param delimiter     the separator the file uses (',' or ';'); with ';' a decimal comma is accepted in amounts
 * @param columns       the recognised columns of the file's header, normalised (e.g. "external_id")
 * @param fileErrors    problems not tied to one data row (line 1 for the header), sorted by line
 * @param parseMillis   reading and splitting the CSV into rows
 * @param validateMillis checking every row against the rules and the stored data
 */
public record CsvPreview(CsvKind kind, char delimiter, List<String> columns, List<CsvRow> rows,
                         List<CsvError> fileErrors, long parseMillis, long validateMillis) {

    public CsvPreview {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        fileErrors = List.copyOf(fileErrors);
    }

    /** Every problem, the file's and the rows', in line order. */
    public List<CsvError> errors() {
        return Stream.concat(fileErrors.stream(), rows.stream().flatMap(row -> row.errors().stream()))
                .sorted(Comparator.comparingLong(CsvError::line)).toList();
    }

    public boolean hasErrors() {
        return !fileErrors.isEmpty() || rows.stream().anyMatch(CsvRow::hasErrors);
    }

    public int toCreate() {
        return count(CsvRow.Action.CREATE);
    }

    public int toUpdate() {
        return count(CsvRow.Action.UPDATE);
    }

    public int unchanged() {
        return count(CsvRow.Action.UNCHANGED);
    }

    /** Rows with at least one problem. */
    public int rowsWithErrors() {
        return count(CsvRow.Action.ERROR);
    }

    /** True when the file is clean and a commit would change something. */
    public boolean canCommit() {
        return !hasErrors() && toCreate() + toUpdate() > 0;
    }

    private int count(CsvRow.Action action) {
        return (int) rows.stream().filter(row -> row.action() == action).count();
    }
}
