package com.salespact.goals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One change of a target: who, when, why, the old and new amounts and the new weights. Never changed once written. */
@Entity
@Table(name = "target_revision")
public class TargetRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id")
    private Target target;

    @Column(name = "changed_by")
    private Long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "old_revenue")
    private BigDecimal oldRevenue;

    @Column(name = "new_revenue", nullable = false)
    private BigDecimal newRevenue;

    @Column(name = "old_min_gp")
    private BigDecimal oldMinGrossProfit;

    @Column(name = "new_min_gp", nullable = false)
    private BigDecimal newMinGrossProfit;

    @Column(length = 200)
    private String weights;

    protected TargetRevision() {
    }

    TargetRevision(Target target, Long changedBy, Instant changedAt, String reason, BigDecimal oldRevenue,
                   BigDecimal newRevenue, BigDecimal oldMinGrossProfit, BigDecimal newMinGrossProfit,
                   Seasonality weights) {
        this.target = target;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.reason = reason;
        this.oldRevenue = oldRevenue;
        this.newRevenue = newRevenue;
        this.oldMinGrossProfit = oldMinGrossProfit;
        this.newMinGrossProfit = newMinGrossProfit;
        this.weights = weights.asText();
    }

    public Long getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getReason() {
        return reason;
    }

    /** Null for the revision that created the target. */
    public BigDecimal getOldRevenue() {
        return oldRevenue;
    }

    public BigDecimal getNewRevenue() {
        return newRevenue;
    }

    public BigDecimal getOldMinGrossProfit() {
        return oldMinGrossProfit;
    }

    public BigDecimal getNewMinGrossProfit() {
        return newMinGrossProfit;
    }

    public Seasonality getWeights() {
        return Seasonality.parse(weights);
    }
}
