package com.salespact.messaging;

import com.salespact.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person's calendar feed key. Only the SHA-256 of the token is stored; the token itself is shown once, when it is
 * made. Revoked for good: a new address is a new row.
 */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed extends AbstractEntity {

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private Long revokedBy;

    @Column(name = "last_fetched_at")
    private Instant lastFetchedAt;

    protected CalendarFeed() {
    }

    CalendarFeed(long personId, String tokenHash, long createdBy, Instant now) {
        this.personId = personId;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    void revoke(long by, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
        }
    }

    void fetched(Instant now) {
        lastFetchedAt = now;
    }

    Long getPersonId() {
        return personId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getLastFetchedAt() {
        return lastFetchedAt;
    }
}
