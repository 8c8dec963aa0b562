package com.salespact.goals;

import java.util.List;

/** The import was refused as a whole and nothing was saved; the problems say why (with their lines). */
public class TargetCsvRejectedException extends RuntimeException {

    private final transient List<TargetCsvProblem> problems;

    public TargetCsvRejectedException(List<TargetCsvProblem> problems) {
        super("Target import refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<TargetCsvProblem> problems() {
        return problems;
    }
}
