package com.salespact.pact;

import java.time.Instant;

/** What the wizard keeps after a save: the new optimistic-lock version and when it was saved. */
public record SavedStep(long version, Instant savedAt, java.util.List<StepProblem> problems) {
}
