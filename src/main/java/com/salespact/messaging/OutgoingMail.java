package com.salespact.messaging;

/**
 * A mail to put in the outbox, fully rendered (what the admin previews is what is sent).
 * @param dedupKey names the cause (e.g. "notification:42"): a second mail with the same key is not enqueued
 * @param recipientId the person, or null for an address outside the company
 * @param unsubscribeUrl the one-click unsubscribe for this kind (List-Unsubscribe), or null
 */
public record OutgoingMail(String dedupKey, Long recipientId, String address, String recipientName, String kind,
                           String subject, String text, String html, String link, String unsubscribeUrl) {
}
