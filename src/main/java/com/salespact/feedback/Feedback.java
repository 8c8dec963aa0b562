package com.salespact.feedback;

import com.salespact.base.AbstractEntity;
import com.salespact.base.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A piece of continuous feedback: praise or a constructive note about a person, written any time. It is private
 * (author, the subject's managers) until its author shares it with the person it is about; sharing cannot be undone.
 */
@Entity
@Table(name = "feedback")
public class Feedback extends AbstractEntity {

    public static final int MAX_TEXT = 4000;

    @Column(name = "about_id", nullable = false)
    private Long aboutId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FeedbackKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FeedbackRelation relation;

    @Column(nullable = false)
    private String text;

    @Column(name = "shared_with_subject", nullable = false)
    private boolean shared;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Feedback() {
    }

    /** @throws RuleViolation for a missing kind, an empty or too long text, or a note about oneself */
    public Feedback(long authorId, long aboutId, FeedbackRelation relation, FeedbackKind kind, String text,
                    boolean shared, Instant createdAt) {
        if (kind == null) {
            throw RuleViolation.at("kind", "feedback.kind.required");
        }
        if (text == null || text.isBlank()) {
            throw RuleViolation.at("text", "feedback.text.required");
        }
        if (text.strip().length() > MAX_TEXT) {
            throw RuleViolation.at("text", "feedback.text.too-long");
        }
        if (relation == null || relation == FeedbackRelation.SELF) {
            throw RuleViolation.at("aboutId", "feedback.about.self");
        }
        this.authorId = authorId;
        this.aboutId = aboutId;
        this.relation = relation;
        this.kind = kind;
        this.text = text.strip();
        this.shared = shared;
        this.createdAt = createdAt;
    }

    /** @throws RuleViolation when it is shared already */
    public void share() {
        if (shared) {
            throw RuleViolation.of("feedback.shared-already");
        }
        shared = true;
    }

    public long getAboutId() {
        return aboutId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public FeedbackKind getKind() {
        return kind;
    }

    public FeedbackRelation getRelation() {
        return relation;
    }

    public String getText() {
        return text;
    }

    public boolean isShared() {
        return shared;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
