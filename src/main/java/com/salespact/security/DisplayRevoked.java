package com.salespact.security;

/** A display token was revoked: screens using it must stop showing data at once. */
public record DisplayRevoked(long tokenId, long teamId) {
}
