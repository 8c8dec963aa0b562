package com.salespact.messaging;

import java.time.Instant;

/** One outbox message as the admin's page lists it (no bodies: those come one at a time for the preview). */
public record OutboxLine(long id, Channel channel, OutboxStatus status, String kind, String recipientName,
                         String recipientAddress, String subject, int attempts, Instant nextAttemptAt,
                         String lastError, Instant createdAt, Instant sentAt) {

    /** Whether "Retry now" applies: not yet sent. */
    public boolean retryable() {
        return status != OutboxStatus.SENT;
    }
}
