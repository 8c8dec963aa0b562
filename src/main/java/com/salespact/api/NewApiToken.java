package com.salespact.api;

import java.time.Instant;

/** A token just created: its row and the token itself, which exists only in this answer (only its hash is kept). */
public record NewApiToken(long id, String name, ApiScope scope, Long teamId, Instant createdAt, String token) {
}
