package com.salespact.deals.csv;

/**
 * Told how far an import has come, for a progress bar. Called on the importing thread, often (every few hundred
 * rows): a UI should hand the numbers over with {@code UI.access} and return at once. An exception thrown here
 * aborts the import; during a commit, nothing is written then.
 */
@FunctionalInterface
public interface CsvProgress {

    enum Phase {
        /** Reading the file; total is unknown (-1) while reading. */
        READING,
        /** Checking rows against the rules and the stored data. */
        CHECKING,
        /** Writing rows in the commit's transaction. */
        WRITING
    }

    void report(Phase phase, int done, int total);

    static CsvProgress none() {
        return (phase, done, total) -> {
        };
    }
}
