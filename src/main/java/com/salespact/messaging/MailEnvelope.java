package com.salespact.messaging;

/** What the worker hands to the mail server: a claimed outbox row, read before the claim's transaction ended. */
record MailEnvelope(long id, String dedupKey, String address, String recipientName, String subject, String text,
                    String html, String unsubscribeUrl, String calendar, String calendarMethod) {

    MailEnvelope(long id, String dedupKey, String address, String recipientName, String subject, String text,
                 String html, String unsubscribeUrl) {
        this(id, dedupKey, address, recipientName, subject, text, html, unsubscribeUrl, null, null);
    }

    static MailEnvelope of(OutboxMessage message) {
        return new MailEnvelope(message.getId(), message.getDedupKey(), message.getRecipientAddress(),
                message.getRecipientName(), message.getSubject(), message.getBodyText(), message.getBodyHtml(),
                message.getUnsubscribeUrl(), message.getCalendarText(), message.getCalendarMethod());
    }
}
