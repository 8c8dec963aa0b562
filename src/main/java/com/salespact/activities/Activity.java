package com.salespact.activities;

import com.salespact.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "activity")
public class Activity extends AbstractEntity {

    @Column(name = "rep_id", nullable = false)
    private Long repId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityKind kind;

    @Column(name = "activity_date", nullable = false)
    private LocalDate date;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "deal_id")
    private Long dealId;

    private String note;

    /** The CRM record id of an imported activity ("SF-00T…"); null for one logged in the app. */
    @Column(name = "external_id")
    private String externalId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Activity() {
    }

    public Activity(Long repId, ActivityKind kind, LocalDate date, Instant createdAt) {
        this.repId = repId;
        this.kind = kind;
        this.date = date;
        this.createdAt = createdAt;
    }

    /** An import's values for a stored activity (decision 025: a later export of the same CRM record). */
    void importAs(Long repId, ActivityKind kind, LocalDate date, Long accountId, Long dealId, String note) {
        this.repId = repId;
        this.kind = kind;
        this.date = date;
        this.accountId = accountId;
        this.dealId = dealId;
        this.note = note;
    }

    public String getExternalId() {
        return externalId;
    }

    void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public Long getRepId() {
        return repId;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public LocalDate getDate() {
        return date;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public Long getDealId() {
        return dealId;
    }

    public void setDealId(Long dealId) {
        this.dealId = dealId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
