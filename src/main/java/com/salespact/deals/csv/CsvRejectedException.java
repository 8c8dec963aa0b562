package com.salespact.deals.csv;

import com.salespact.base.RuleViolation;
import java.util.List;

/** A commit refused because rows have problems (found again at commit time); nothing was written. */
public class CsvRejectedException extends RuleViolation {

    private final transient List<CsvError> errors;

    public CsvRejectedException(List<CsvError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public List<CsvError> errors() {
        return errors;
    }

    private static String summary(List<CsvError> errors) {
        String first = errors.isEmpty() ? "" : " First: " + errors.getFirst().message();
        return "The import was not saved: " + errors.size() + " problem(s) in the file." + first;
    }
}
