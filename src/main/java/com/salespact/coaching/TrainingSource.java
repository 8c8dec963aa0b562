package com.salespact.coaching;

/** Where a training item comes from: the signed pact's training plan, or a review or development conversation. */
public enum TrainingSource {
    PACT, REVIEW
}
