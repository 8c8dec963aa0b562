package com.salespact.messaging;

/** QUEUED until delivered (SENT) or given up (FAILED: refused, or out of attempts). */
public enum OutboxStatus {
    QUEUED, SENT, FAILED
}
