package com.salespact.commission;

import com.salespact.base.AbstractEntity;
import com.salespact.base.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A rep's question about one line of their statement ("question this line"), and the manager's answer. A question
 * is answered once; the answer is what the rep is told.
 */
@Entity
@Table(name = "commission_query")
public class CommissionQuery extends AbstractEntity {

    static final int MAX_TEXT = 2000;

    @Column(name = "deal_id", nullable = false)
    private Long dealId;

    @Column(name = "rep_id", nullable = false)
    private Long repId;

    @Column(nullable = false)
    private String question;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by")
    private Long answeredBy;

    protected CommissionQuery() {
    }

    /** @throws RuleViolation on field {@code question} when empty or too long */
    public CommissionQuery(long dealId, long repId, String question, Instant raisedAt) {
        this.dealId = dealId;
        this.repId = repId;
        this.question = text("question", question);
        this.raisedAt = raisedAt;
    }

    /** @throws RuleViolation on field {@code answer} when empty, too long or already answered */
    public void answer(String text, long by, Instant at) {
        if (isAnswered()) {
            throw RuleViolation.at("answer", "commission.error.already-answered");
        }
        answer = text("answer", text);
        answeredBy = by;
        answeredAt = at;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.at(field, "commission.error." + field + "-required");
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_TEXT) {
            throw RuleViolation.at(field, "commission.error.text-too-long");
        }
        return stripped;
    }

    public Long getDealId() {
        return dealId;
    }

    public Long getRepId() {
        return repId;
    }

    public String getQuestion() {
        return question;
    }

    public String getAnswer() {
        return answer;
    }
}
