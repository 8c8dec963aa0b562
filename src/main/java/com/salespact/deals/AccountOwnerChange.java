package com.salespact.deals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of an account's owner: who, when, from whom, to whom. Never changed once written. */
@Entity
@Table(name = "account_owner_change")
class AccountOwnerChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    /** Null for the first owner of a newly created account. */
    @Column(name = "from_owner_id", updatable = false)
    private Long fromOwnerId;

    @Column(name = "to_owner_id", nullable = false, updatable = false)
    private Long toOwnerId;

    @Column(name = "changed_by", updatable = false)
    private Long changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected AccountOwnerChange() {
    }

    AccountOwnerChange(Long accountId, Long fromOwnerId, long toOwnerId, Long changedBy, Instant changedAt) {
        this.accountId = accountId;
        this.fromOwnerId = fromOwnerId;
        this.toOwnerId = toOwnerId;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    Long getId() {
        return id;
    }

    Long getAccountId() {
        return accountId;
    }

    Long getFromOwnerId() {
        return fromOwnerId;
    }

    Long getToOwnerId() {
        return toOwnerId;
    }

    Long getChangedBy() {
        return changedBy;
    }

    Instant getChangedAt() {
        return changedAt;
    }
}
