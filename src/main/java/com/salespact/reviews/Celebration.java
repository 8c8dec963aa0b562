package com.salespact.reviews;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A small or big win named in the meeting ("first meeting with Brightforge's CFO"). Won deals are listed apart. */
@Entity
@Table(name = "celebration")
class Celebration {

    static final int MAX_TEXT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    @Column(nullable = false)
    private boolean big;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Celebration() {
    }

    Celebration(Long reviewId, long authorId, String text, boolean big, Instant createdAt) {
        this.reviewId = reviewId;
        this.authorId = authorId;
        this.text = ReviewTextRules.required("celebrationText", text, MAX_TEXT, "review.celebrations.required");
        this.big = big;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    Long getReviewId() {
        return reviewId;
    }

    long getAuthorId() {
        return authorId;
    }

    String getText() {
        return text;
    }

    boolean isBig() {
        return big;
    }
}
