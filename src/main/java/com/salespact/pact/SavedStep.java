package com.salespact.pact;

import java.time.Instant;

/**
 * What the wizard keeps after a save: the new optimistic-lock version, when it was saved, what keeps the step from
 * being complete, and the step as stored (with a change somebody else saved meanwhile merged in).
 */
public record SavedStep(long version, Instant savedAt, java.util.List<StepProblem> problems, StepContent content) {
}
