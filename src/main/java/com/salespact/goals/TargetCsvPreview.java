package com.salespact.goals;

import java.util.List;

/** What importing a target CSV would do, row by row, before anything is saved. */
public record TargetCsvPreview(String fileName, List<TargetCsvRow> rows, List<TargetCsvProblem> fileProblems) {

    public TargetCsvPreview {
        rows = List.copyOf(rows);
        fileProblems = List.copyOf(fileProblems);
    }

    public boolean hasProblems() {
        return !fileProblems.isEmpty() || rows.stream().anyMatch(TargetCsvRow::hasProblems);
    }

    public long count(TargetCsvRow.Action action) {
        return rows.stream().filter(row -> row.action() == action).count();
    }

    public long changes() {
        return rows.stream().filter(TargetCsvRow::isChange).count();
    }

    /** Every problem, the file's first, then by line. */
    public List<TargetCsvProblem> problems() {
        return java.util.stream.Stream.concat(fileProblems.stream(), rows.stream().flatMap(row -> row.problems().stream()))
                .toList();
    }

    /** All or nothing: only a file without problems and with something to change can be imported. */
    public boolean canCommit() {
        return !hasProblems() && changes() > 0;
    }
}
