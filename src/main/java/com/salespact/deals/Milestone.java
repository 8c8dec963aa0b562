package com.salespact.deals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One item of a stage's checklist, ticked with one tap. */
@Entity
@Table(name = "deal_milestone")
class Milestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deal_id")
    private Deal deal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String label;

    private boolean done;

    @Column(name = "done_at")
    private Instant doneAt;

    protected Milestone() {
    }

    Milestone(Deal deal, Stage stage, int position, String label) {
        this.deal = deal;
        this.stage = stage;
        this.position = position;
        this.label = label;
    }

    void mark(boolean isDone, Instant now) {
        this.done = isDone;
        this.doneAt = isDone ? now : null;
    }

    Long getId() {
        return id;
    }

    Stage getStage() {
        return stage;
    }

    int getPosition() {
        return position;
    }

    String getLabel() {
        return label;
    }

    boolean isDone() {
        return done;
    }
}
