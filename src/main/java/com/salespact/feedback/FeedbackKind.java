package com.salespact.feedback;

/** Continuous feedback is praise or a constructive note. */
public enum FeedbackKind {
    PRAISE, CONSTRUCTIVE;

    /** Praise is shared with its subject unless the author says otherwise; a constructive note starts private. */
    public boolean sharedByDefault() {
        return this == PRAISE;
    }
}
