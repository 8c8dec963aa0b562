package com.salespact.deals.csv;

import com.salespact.base.Messages;
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
        String count = java.text.NumberFormat.getIntegerInstance(Messages.current()).format(errors.size());
        return errors.isEmpty() ? Messages.text("csv.not-saved", count)
                : Messages.text("csv.not-saved.first", count, errors.getFirst().message());
    }
}
