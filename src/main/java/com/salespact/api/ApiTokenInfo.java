package com.salespact.api;

import java.time.Instant;

/** A token as the admin screen lists it: never the token itself, only its first characters. */
public record ApiTokenInfo(long id, String name, String hint, ApiScope scope, Long teamId, String teamName,
                           Instant createdAt, Instant revokedAt, Instant lastUsedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
