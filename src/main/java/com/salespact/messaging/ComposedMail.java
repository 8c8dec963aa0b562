package com.salespact.messaging;

/**
 * A mail rendered for one person, ready to preview or to queue: the same bodies either way, so a preview shows exactly
 * what is sent.
 */
public record ComposedMail(long personId, String address, String recipientName, String kind, String subject,
                           String text, String html, String link, String unsubscribeUrl) {
}
