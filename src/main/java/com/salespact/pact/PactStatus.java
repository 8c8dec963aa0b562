package com.salespact.pact;

/** Lifecycle of one pact version: DRAFT → PROPOSED (manager) → SIGNED (rep, then manager) → SUPERSEDED. */
public enum PactStatus {
    DRAFT, PROPOSED, SIGNED, SUPERSEDED
}
