package com.salespact.api;

/**
 * The integration behind a request: its token's id, name, scope and team (null: every team), and the person its
 * writes are stamped with (the admin who created the token, decision 024).
 */
public record ApiCaller(long tokenId, String name, ApiScope scope, Long teamId, long actingPersonId) {

    public boolean mayWrite() {
        return scope == ApiScope.WRITE;
    }
}
