package com.salespact.goals;

import java.math.BigDecimal;
import java.util.List;

/**
 * One data row of a target CSV as the preview shows it: the values as read, what importing would do, and its
 * problems. {@code owner}, {@code fiscalYear}, amounts and weights are null where they could not be read.
 */
public record TargetCsvRow(long line, String who, String ownerName, TargetOwner owner, Integer fiscalYear,
                           BigDecimal revenue, BigDecimal minGrossProfit, Seasonality seasonality,
                           BigDecimal oldRevenue, Long expectedVersion, Action action,
                           List<TargetCsvProblem> problems) {

    public enum Action {
        CREATE, UPDATE, UNCHANGED, ERROR
    }

    public TargetCsvRow {
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public boolean isChange() {
        return action == Action.CREATE || action == Action.UPDATE;
    }
}
