package com.salespact.deals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A close the user confirmed, waiting out its undo window before it reaches the deal (decision 012). Made only by
 * {@link Deal#closing}, which checks it; written once and then either deleted by an undo or claimed (deleted) and
 * applied by {@link ClosingSettlement} — never changed.
 */
@Entity
@Table(name = "deal_closing")
class DealClosing {

    @Id
    @Column(name = "deal_id")
    private Long dealId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", nullable = false)
    private Stage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false)
    private Stage toStage;

    /** The amount confirmed for a win; null for a loss. */
    private BigDecimal amount;

    @Column(name = "closed_on", nullable = false)
    private LocalDate closedOn;

    @Column(name = "lost_reason")
    private String lostReason;

    @Column(name = "closed_by")
    private Long closedBy;

    @Column(name = "closed_at", nullable = false)
    private Instant closedAt;

    @Column(name = "undo_until", nullable = false)
    private Instant undoUntil;

    protected DealClosing() {
    }

    DealClosing(long dealId, Stage fromStage, Stage toStage, BigDecimal amount, LocalDate closedOn, String lostReason,
                Long closedBy, Instant closedAt, Instant undoUntil) {
        this.dealId = dealId;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.amount = amount;
        this.closedOn = closedOn;
        this.lostReason = lostReason;
        this.closedBy = closedBy;
        this.closedAt = closedAt;
        this.undoUntil = undoUntil;
    }

    Long getDealId() {
        return dealId;
    }

    Stage getFromStage() {
        return fromStage;
    }

    Stage getToStage() {
        return toStage;
    }

    BigDecimal getAmount() {
        return amount;
    }

    LocalDate getClosedOn() {
        return closedOn;
    }

    String getLostReason() {
        return lostReason;
    }

    Long getClosedBy() {
        return closedBy;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    Instant getUndoUntil() {
        return undoUntil;
    }
}
