package com.salespact.reviews;

import com.salespact.base.AbstractEntity;
import com.salespact.base.RuleViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A drafted catch-up plan: the gap, the weekly activity that closes it, and the ladder rung reached when drafted. */
@Entity
@Table(name = "catch_up_plan")
public class CatchUpPlan extends AbstractEntity {

    private long repId;
    /** The rep while the plan is open, null once closed: unique in the table, so a rep has one open plan at most. */
    private Long openRepId;
    private Long reviewId;
    private Instant createdAt;
    @Enumerated(EnumType.STRING)
    private CatchUpStatus status = CatchUpStatus.DRAFT;
    private BigDecimal gap;
    private int weeksLeft;
    private BigDecimal opportunitiesPerWeek;
    private BigDecimal meetingsPerWeek;
    private BigDecimal callsPerWeek;
    private Integer ladderRung;
    private String summary;

    protected CatchUpPlan() {
    }

    CatchUpPlan(long repId, Long reviewId, CatchUpPlanner.CatchUpDraft draft, String summary, Instant now) {
        this.repId = repId;
        this.openRepId = repId;
        this.reviewId = reviewId;
        this.createdAt = now;
        this.gap = draft.gap();
        this.weeksLeft = draft.weeksLeft();
        draft.perWeek().ifPresent(perWeek -> {
            opportunitiesPerWeek = perWeek.opportunitiesPerWeek();
            meetingsPerWeek = perWeek.meetingsPerWeek();
            callsPerWeek = perWeek.callsPerWeek();
        });
        this.ladderRung = draft.rung().isPresent() ? draft.rungPosition() : null;
        this.summary = summary;
    }

    void agree() {
        if (status != CatchUpStatus.DRAFT) {
            throw RuleViolation.of("catchup.agree.not-draft");
        }
        status = CatchUpStatus.AGREED;
    }

    void close() {
        status = CatchUpStatus.CLOSED;
        openRepId = null;
    }

    public boolean isOpen() {
        return status != CatchUpStatus.CLOSED;
    }

    public long getRepId() {
        return repId;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public CatchUpStatus getStatus() {
        return status;
    }

    public BigDecimal getGap() {
        return gap;
    }

    public int getWeeksLeft() {
        return weeksLeft;
    }

    public BigDecimal getOpportunitiesPerWeek() {
        return opportunitiesPerWeek;
    }

    public BigDecimal getMeetingsPerWeek() {
        return meetingsPerWeek;
    }

    public BigDecimal getCallsPerWeek() {
        return callsPerWeek;
    }

    public Integer getLadderRung() {
        return ladderRung;
    }

    public String getSummary() {
        return summary;
    }
}
