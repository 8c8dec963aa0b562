package com.salespact.feedback;

import com.salespact.base.AbstractEntity;
import com.salespact.base.DateRange;
import com.salespact.base.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One respondent's part of a 360: a manager asks someone (the subject themselves, their manager, a peer, or one of
 * the people the subject manages) for strengths, improvements and a 1–5 rating about the subject over a period.
 * It is answered once.
 */
@Entity
@Table(name = "feedback_request")
public class FeedbackRequest extends AbstractEntity {

    public static final int MAX_TEXT = 4000;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(name = "respondent_id", nullable = false)
    private Long respondentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FeedbackRelation relation;

    /** The review this 360 prepares, when a review asked for it. */
    @Column(name = "review_id")
    private Long reviewId;

    @Column(name = "requested_by")
    private Long requestedBy;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    private String strengths;

    private String improvements;

    private Integer rating;

    protected FeedbackRequest() {
    }

    public FeedbackRequest(long subjectId, long respondentId, FeedbackRelation relation, long requestedBy,
                           DateRange period, LocalDate dueOn, Instant requestedAt) {
        this.subjectId = subjectId;
        this.respondentId = respondentId;
        this.relation = relation;
        this.requestedBy = requestedBy;
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.dueOn = dueOn;
        this.requestedAt = requestedAt;
    }

    /**
     * Records the answer.
     * @throws RuleViolation when answered already, the rating is not 1–5, both texts are empty or one is too long
     */
    public void answer(String strengths, String improvements, Integer rating, Instant now) {
        if (isAnswered()) {
            throw RuleViolation.of("feedback.answer.already");
        }
        if (rating == null || rating < 1 || rating > 5) {
            throw RuleViolation.at("rating", "feedback.answer.rating.required");
        }
        String s = clean(strengths);
        String i = clean(improvements);
        if (s == null && i == null) {
            throw RuleViolation.at("strengths", "feedback.answer.empty");
        }
        if (s != null && s.length() > MAX_TEXT) {
            throw RuleViolation.at("strengths", "feedback.text.too-long");
        }
        if (i != null && i.length() > MAX_TEXT) {
            throw RuleViolation.at("improvements", "feedback.text.too-long");
        }
        this.strengths = s;
        this.improvements = i;
        this.rating = rating;
        this.answeredAt = now;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public long getRespondentId() {
        return respondentId;
    }

    public FeedbackRelation getRelation() {
        return relation;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public Long getRequestedBy() {
        return requestedBy;
    }

    public DateRange getPeriod() {
        return new DateRange(periodStart, periodEnd);
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getStrengths() {
        return strengths;
    }

    public String getImprovements() {
        return improvements;
    }

    public Integer getRating() {
        return rating;
    }
}
