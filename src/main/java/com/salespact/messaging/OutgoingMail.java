package com.salespact.messaging;

/**
 * A mail to put in the outbox, fully rendered (what the admin previews is what is sent).
 * @param dedupKey names the cause (e.g. "notification:42"): a second mail with the same key is not enqueued
 * @param recipientId the person, or null for an address outside the company
 * @param unsubscribeUrl the one-click unsubscribe for this kind (List-Unsubscribe), or null
 * @param calendar an iCalendar text (RFC 5545) sent as a text/calendar part and an .ics attachment, or null
 * @param calendarMethod the calendar's METHOD (REQUEST, CANCEL), with {@code calendar}
 */
public record OutgoingMail(String dedupKey, Long recipientId, String address, String recipientName, String kind,
                           String subject, String text, String html, String link, String unsubscribeUrl,
                           String calendar, String calendarMethod) {

    /** An ordinary mail, without a calendar part. */
    public OutgoingMail(String dedupKey, Long recipientId, String address, String recipientName, String kind,
                        String subject, String text, String html, String link, String unsubscribeUrl) {
        this(dedupKey, recipientId, address, recipientName, kind, subject, text, html, link, unsubscribeUrl, null,
                null);
    }
}
