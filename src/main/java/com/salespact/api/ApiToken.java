package com.salespact.api;

import com.salespact.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An integration's key to the REST API. Only the SHA-256 of the token is stored (and its first characters, so an
 * admin can tell tokens apart); the token itself is shown once, at creation. {@code teamId} null: every team.
 */
@Entity
@Table(name = "api_token")
class ApiToken extends AbstractEntity {

    @Column(nullable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "token_hint", nullable = false)
    private String tokenHint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApiScope scope;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {
    }

    ApiToken(String name, String tokenHash, String tokenHint, ApiScope scope, Long teamId, long createdBy,
             Instant now) {
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenHint = tokenHint;
        this.scope = scope;
        this.teamId = teamId;
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

    String getName() {
        return name;
    }

    String getTokenHint() {
        return tokenHint;
    }

    ApiScope getScope() {
        return scope;
    }

    Long getTeamId() {
        return teamId;
    }

    Long getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }

    Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
