package com.salespact.goals;

import com.salespact.base.RuleViolation;
import java.util.List;

/**
 * A problem found in a CSV file: its line (1 = the header), the column (null for the whole row or file), and the
 * message as a translation key with its arguments (already formatted text).
 */
public record TargetCsvProblem(long line, String column, String key, List<String> args) {

    public TargetCsvProblem {
        args = List.copyOf(args);
    }

    static TargetCsvProblem of(long line, String column, String key, String... args) {
        return new TargetCsvProblem(line, column, key, List.of(args));
    }

    /** A rule of the target refused the row: its message (already a sentence in the user's language) as it is. */
    static TargetCsvProblem refused(long line, String column, RuleViolation refused) {
        return of(line, column, "targets.csv.error.rule", refused.getMessage());
    }
}
