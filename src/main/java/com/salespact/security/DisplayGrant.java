package com.salespact.security;

import java.io.Serial;
import java.io.Serializable;

/**
 * Proof that a wall screen presented a valid, unrevoked display token. Only {@link DisplayTokenService} can make
 * one, so query methods that take a grant may serve a team's aggregate figures without a signed-in user.
 */
public final class DisplayGrant implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long tokenId;
    private final long teamId;
    private final String name;
    private final int slideSeconds;

    DisplayGrant(long tokenId, long teamId, String name, int slideSeconds) {
        this.tokenId = tokenId;
        this.teamId = teamId;
        this.name = name;
        this.slideSeconds = slideSeconds;
    }

    public long tokenId() {
        return tokenId;
    }

    public long teamId() {
        return teamId;
    }

    public String name() {
        return name;
    }

    public int slideSeconds() {
        return slideSeconds;
    }
}
