package com.salespact.reviews;

import com.salespact.base.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Why the numbers of one month or week were up or down: a reason code plus the rep's words. */
@Entity
@Table(name = "review_reason")
class ReviewReason {

    static final int MAX_LABEL = 40;
    static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Column(name = "period_label", nullable = false, length = MAX_LABEL)
    private String periodLabel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    private ReasonCode.Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code", nullable = false, length = 30)
    private ReasonCode reasonCode;

    @Column(length = MAX_TEXT)
    private String text;

    protected ReviewReason() {
    }

    ReviewReason(Long reviewId, String periodLabel, ReasonCode.Direction direction, ReasonCode code, String text) {
        this.periodLabel = ReviewTextRules.required("reasonPeriod", periodLabel, MAX_LABEL, "review.reason.period.required");
        if (code == null) {
            throw RuleViolation.at("reasonCode", "review.reason.code.required");
        }
        this.text = ReviewTextRules.optional("reasonText", text, MAX_TEXT);
        if (code == ReasonCode.OTHER && this.text == null) {
            throw RuleViolation.at("reasonText", "review.reason.text.required");
        }
        this.reviewId = reviewId;
        this.direction = direction == null ? code.usualDirection() : direction;
        this.reasonCode = code;
    }

    Long getId() {
        return id;
    }

    Long getReviewId() {
        return reviewId;
    }

    String getPeriodLabel() {
        return periodLabel;
    }

    ReasonCode.Direction getDirection() {
        return direction;
    }

    ReasonCode getReasonCode() {
        return reasonCode;
    }

    String getText() {
        return text;
    }
}
