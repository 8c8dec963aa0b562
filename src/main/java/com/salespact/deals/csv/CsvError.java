package com.salespact.deals.csv;

/**
 * One problem found in a CSV file, at the line of the file where its row starts (line 1 is the header; a quoted
 * value spanning lines does not shift the lines of the rows after it). {@code column} is null when the problem
 * concerns the whole row or file.
 */
public record CsvError(long line, String column, String problem) {

    /** e.g. {@code line 17: gross_profit 900 is more than amount 500}. */
    public String message() {
        return CsvTexts.text("csv.problem.line", String.valueOf(line), problem);
    }

    @Override
    public String toString() {
        return message();
    }
}
