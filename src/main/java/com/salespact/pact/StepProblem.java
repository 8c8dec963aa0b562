package com.salespact.pact;

/**
 * Why a step is not complete yet; {@code field} names the form field (e.g. "revenueTarget", "masLines"), and for a
 * list field {@code row} the row at fault (0-based), null when the problem is the list's as a whole.
 */
public record StepProblem(PactStep step, String field, String message, Integer row) {

    public StepProblem(PactStep step, String field, String message) {
        this(step, field, message, null);
    }
}
