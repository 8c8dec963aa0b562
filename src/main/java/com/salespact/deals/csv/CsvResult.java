package com.salespact.deals.csv;

/** What a committed import wrote. */
public record CsvResult(CsvKind kind, int created, int updated, int unchanged, long validateMillis, long writeMillis) {

    public long totalMillis() {
        return validateMillis + writeMillis;
    }
}
