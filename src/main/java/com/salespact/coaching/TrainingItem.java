package com.salespact.coaching;

import com.salespact.base.AbstractEntity;
import com.salespact.base.RuleViolation;
import com.salespact.pact.TrainingStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One item of a rep's training plan, from the pact or from a review, with its progress. Moving it to DONE records
 * when; moving it back clears that again.
 */
@Entity
@Table(name = "training_item")
public class TrainingItem extends AbstractEntity {

    public static final int MAX_TITLE = 300;

    @Column(name = "rep_id", nullable = false)
    private Long repId;

    @Column(nullable = false)
    private String title;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TrainingStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TrainingSource source;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected TrainingItem() {
    }

    /** A new, PLANNED item. @throws RuleViolation for an empty or too long title */
    public TrainingItem(long repId, String title, LocalDate dueDate, TrainingSource source, Instant createdAt) {
        this.repId = repId;
        this.title = checkedTitle(title);
        this.dueDate = dueDate;
        this.source = source;
        this.status = TrainingStatus.PLANNED;
        this.createdAt = createdAt;
    }

    static String checkedTitle(String title) {
        if (title == null || title.isBlank()) {
            throw RuleViolation.at("title", "coaching.training.item.required");
        }
        if (title.strip().length() > MAX_TITLE) {
            throw RuleViolation.at("title", "coaching.training.item.too-long");
        }
        return title.strip();
    }

    /** Records progress; DONE stamps the completion time, anything else clears it. */
    public void moveTo(TrainingStatus next, Instant now) {
        if (next == null) {
            throw RuleViolation.at("status", "coaching.training.status.required");
        }
        if (next == status) {
            return;
        }
        status = next;
        completedAt = next == TrainingStatus.DONE ? now : null;
    }

    void reschedule(LocalDate newDueDate) {
        this.dueDate = newDueDate;
    }

    /** Not done and past its due date. */
    public boolean isOverdue(LocalDate today) {
        return status != TrainingStatus.DONE && dueDate != null && dueDate.isBefore(today);
    }

    /** Titles match regardless of case and surrounding spaces: a re-signed pact keeps an item's progress. */
    static String key(String title) {
        return title == null ? "" : title.strip().toLowerCase(Locale.ROOT);
    }

    public long getRepId() {
        return repId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public TrainingStatus getStatus() {
        return status;
    }

    public TrainingSource getSource() {
        return source;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
