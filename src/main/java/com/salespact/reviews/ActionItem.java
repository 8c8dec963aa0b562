package com.salespact.reviews;

import com.salespact.base.AbstractEntity;
import com.salespact.base.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Something a rep or their manager agreed to do, with an owner and a due date. It belongs to the rep, not to one
 * meeting: it stays on the agenda of every following review until it is done (see {@link CarryOver}).
 */
@Entity
@Table(name = "action_item")
class ActionItem extends AbstractEntity {

    static final int MAX_TEXT = 2000;

    @Column(name = "review_id")
    private Long reviewId;

    @Column(name = "catch_up_plan_id")
    private Long catchUpPlanId;

    @Column(name = "rep_id", nullable = false)
    private Long repId;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ActionItem() {
    }

    /**
     * @param reviewId the review it was agreed in; null when it comes from elsewhere (a catch-up plan)
     * @throws RuleViolation for an empty or too long text, or a due date before today
     */
    ActionItem(Long reviewId, Long catchUpPlanId, long repId, long ownerId, String text, LocalDate dueDate,
               Instant createdAt, LocalDate today) {
        this.text = ReviewTextRules.required("actionText", text, MAX_TEXT, "review.actions.required");
        if (dueDate != null && dueDate.isBefore(today)) {
            throw RuleViolation.at("actionDue", "review.actions.due.past");
        }
        this.reviewId = reviewId;
        this.catchUpPlanId = catchUpPlanId;
        this.repId = repId;
        this.ownerId = ownerId;
        this.dueDate = dueDate;
        this.createdAt = createdAt;
    }

    void complete(Instant now) {
        if (doneAt == null) {
            doneAt = now;
        }
    }

    void reopen() {
        doneAt = null;
    }

    boolean isOpen() {
        return doneAt == null;
    }

    /** Open at {@code moment}: created by then and not yet done then. */
    boolean isOpenAt(Instant moment) {
        return !createdAt.isAfter(moment) && (doneAt == null || doneAt.isAfter(moment));
    }

    boolean isOverdue(LocalDate today) {
        return isOpen() && dueDate != null && dueDate.isBefore(today);
    }

    Long getReviewId() {
        return reviewId;
    }

    Long getCatchUpPlanId() {
        return catchUpPlanId;
    }

    long getRepId() {
        return repId;
    }

    long getOwnerId() {
        return ownerId;
    }

    String getText() {
        return text;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    Instant getDoneAt() {
        return doneAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
