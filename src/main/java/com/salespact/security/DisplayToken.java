package com.salespact.security;

import com.salespact.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A wall screen's key. Only the SHA-256 of the token is stored; the token itself is shown once, at creation. */
@Entity
@Table(name = "display_token")
class DisplayToken extends AbstractEntity {

    @Column(nullable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "team_id", nullable = false)
    private Long teamId;

    @Column(name = "slide_seconds", nullable = false)
    private int slideSeconds;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    protected DisplayToken() {
    }

    DisplayToken(String name, String tokenHash, Long teamId, int slideSeconds, Long createdBy, Instant now) {
        this.name = name;
        this.tokenHash = tokenHash;
        this.teamId = teamId;
        this.slideSeconds = slideSeconds;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    void seen(Instant now) {
        lastSeenAt = now;
    }

    String getName() {
        return name;
    }

    Long getTeamId() {
        return teamId;
    }

    int getSlideSeconds() {
        return slideSeconds;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }

    Instant getLastSeenAt() {
        return lastSeenAt;
    }
}
