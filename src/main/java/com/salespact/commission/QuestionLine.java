package com.salespact.commission;

import java.time.Instant;
import java.time.LocalDate;

/** A question on a statement line, with its answer once there is one. */
public record QuestionLine(long id, long dealId, String dealName, LocalDate wonOn, long repId, String repName,
                           String question, Instant raisedAt, String answer, String answeredBy, Instant answeredAt) {

    public boolean answered() {
        return answeredAt != null;
    }
}
