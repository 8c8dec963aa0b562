package com.salespact.people;

/**
 * Published inside the transaction that writes a notification (not after it), so that a listener's own writes, such
 * as a mail queued in the outbox, commit or roll back with it. Listeners must be plain {@code @EventListener}s.
 */
public record NotificationWritten(long notificationId, long personId, String kind, String message, String link) {
}
