package com.salespact.reviews;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A point to talk about, added by the manager or the rep. A private item is for managers' eyes only. */
@Entity
@Table(name = "agenda_item")
class AgendaItem {

    static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    @Column(name = "private_item", nullable = false)
    private boolean privateItem;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean discussed;

    protected AgendaItem() {
    }

    /** Made by {@link Review#newAgendaItem}, which applies the rules. */
    AgendaItem(Long reviewId, long authorId, String text, boolean privateItem, int position) {
        this.reviewId = reviewId;
        this.authorId = authorId;
        this.text = text;
        this.privateItem = privateItem;
        this.position = position;
    }

    void markDiscussed(boolean value) {
        discussed = value;
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

    boolean isPrivateItem() {
        return privateItem;
    }

    int getPosition() {
        return position;
    }

    boolean isDiscussed() {
        return discussed;
    }
}
