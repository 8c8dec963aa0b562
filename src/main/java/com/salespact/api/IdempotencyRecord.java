package com.salespact.api;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A POST's idempotency key: claimed before the write runs ({@code status} null), then its first response. */
@Entity
@Table(name = "api_idempotency")
class IdempotencyRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_id", nullable = false)
    private Long tokenId;

    @Column(name = "idem_key", nullable = false)
    private String key;

    @Column(name = "request_hash", nullable = false)
    private String requestHash;

    private Integer status;

    @Column(name = "response_body")
    private String responseBody;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {
    }

    IdempotencyRecord(long tokenId, String key, String requestHash, Instant now) {
        this.tokenId = tokenId;
        this.key = key;
        this.requestHash = requestHash;
        this.createdAt = now;
    }

    void complete(int newStatus, String body) {
        status = newStatus;
        responseBody = body;
    }

    Long getId() {
        return id;
    }

    String getRequestHash() {
        return requestHash;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Integer getStatus() {
        return status;
    }

    String getResponseBody() {
        return responseBody;
    }
}
