package com.salespact.api;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * How many requests a token made in one clock minute, shared by all nodes (V25). Only read and written by the
 * statements of {@link ApiRateWindowRepository}: the count changes by conditional update, never through this object.
 */
@Entity
@Table(name = "api_rate_window")
class ApiRateWindow {

    /** A token's minute. */
    @Embeddable
    record Key(@Column(name = "token_id") Long tokenId, @Column(name = "window_start") Instant windowStart) {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "request_count", nullable = false)
    private int requestCount;

    protected ApiRateWindow() {
    }

    Key getKey() {
        return key;
    }

    int getRequestCount() {
        return requestCount;
    }
}
