package com.salespact.security;

import com.salespact.base.TeamEvent;

/** A display token was revoked: screens using it must stop showing data at once. */
public record DisplayRevoked(long tokenId, Long teamId) implements TeamEvent {
}
