package com.salespact.feedback;

/**
 * How the person giving feedback stands to the person it is about: themselves (a 360 self-assessment), their
 * manager, a peer, or one of the people they manage (upward feedback).
 */
public enum FeedbackRelation {
    SELF, MANAGER, PEER, UPWARD;

    /** Answers from peers and from the people someone manages never carry a name. */
    public boolean anonymous() {
        return this == PEER || this == UPWARD;
    }

    /** How {@code giver} stands to {@code subject}. */
    public static FeedbackRelation of(FeedbackPerson giver, FeedbackPerson subject) {
        if (giver.id() == subject.id()) {
            return SELF;
        }
        if (giver.manages(subject)) {
            return MANAGER;
        }
        if (subject.manages(giver)) {
            return UPWARD;
        }
        return PEER;
    }
}
