package com.salespact.feedback;

import java.time.Instant;

/** Who was asked for a 360 answer and whether they gave it; only for the people who manage its subject. */
public record FeedbackRespondentStatus(long respondentId, String respondentName, FeedbackRelation relation,
                                       Instant answeredAt) {

    public boolean answered() {
        return answeredAt != null;
    }
}
