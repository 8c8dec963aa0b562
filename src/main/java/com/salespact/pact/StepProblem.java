package com.salespact.pact;

/** Why a step is not complete yet; {@code field} names the form field (e.g. "revenueTarget", "masLines"). */
public record StepProblem(PactStep step, String field, String message) {
}
