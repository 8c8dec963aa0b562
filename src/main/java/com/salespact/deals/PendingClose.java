package com.salespact.deals;

import java.time.Instant;

/** A confirmed close waiting out its undo window: what the "Undo" notification needs. */
public record PendingClose(long dealId, String dealName, Stage stage, Instant undoUntil) {
}
