package com.salespact.security;

import java.time.Instant;

/** A display token as the management page lists it (never the token itself). */
public record DisplayTokenInfo(long id, String name, long teamId, int slideSeconds, Instant createdAt,
                               Instant revokedAt, Instant lastSeenAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
