package com.salespact.messaging;

import com.salespact.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One outgoing message. Written once by {@link Outbox#enqueue}; afterwards only the worker's and the admin's
 * conditional updates change it ({@link OutboxRepository}), so two nodes cannot both act on one row.
 */
@Entity
@Table(name = "outbox_message")
class OutboxMessage extends AbstractEntity {

    static final int MAX_ERROR = 1000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "dedup_key", nullable = false, length = 200)
    private String dedupKey;

    @Column(name = "recipient_id")
    private Long recipientId;

    @Column(name = "recipient_address", nullable = false, length = 320)
    private String recipientAddress;

    @Column(name = "recipient_name", length = 160)
    private String recipientName;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(name = "body_text", nullable = false, length = 100000)
    private String bodyText;

    @Column(name = "body_html", length = 100000)
    private String bodyHtml;

    @Column(length = 1000)
    private String link;

    @Column(name = "unsubscribe_url", length = 1000)
    private String unsubscribeUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutboxStatus status = OutboxStatus.QUEUED;

    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "calendar_text", length = 100000)
    private String calendarText;

    @Column(name = "calendar_method", length = 10)
    private String calendarMethod;

    protected OutboxMessage() {
    }

    OutboxMessage(Channel channel, OutgoingMail mail, Instant now) {
        this.channel = channel;
        this.dedupKey = mail.dedupKey();
        this.recipientId = mail.recipientId();
        this.recipientAddress = mail.address();
        this.recipientName = clip(mail.recipientName(), 160);
        this.kind = mail.kind();
        this.subject = clip(mail.subject(), 300);
        this.bodyText = mail.text();
        this.bodyHtml = mail.html();
        this.link = mail.link();
        this.unsubscribeUrl = mail.unsubscribeUrl();
        this.calendarText = mail.calendar();
        this.calendarMethod = mail.calendarMethod();
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** A chat post: the payload is the body; the page's preview shows it as text (nothing in it can run). */
    OutboxMessage(OutgoingChat chat, Instant now) {
        this.channel = Channel.CHAT;
        this.dedupKey = chat.dedupKey();
        this.recipientId = chat.recipientId();
        this.recipientAddress = chat.address();
        this.recipientName = clip(chat.shownAs(), 160);
        this.kind = chat.kind();
        this.subject = clip(chat.message().plain(), 300);
        this.bodyText = chat.payload();
        this.bodyHtml = "<!DOCTYPE html><html><body><p><b>" + escape(chat.message().title()) + "</b></p>"
                + chat.message().lines().stream().map(line -> "<p>" + escape(line) + "</p>")
                        .collect(java.util.stream.Collectors.joining())
                + "<pre style=\"white-space:pre-wrap;font-size:11px;color:#555\">" + escape(chat.payload())
                + "</pre></body></html>";
        this.link = chat.message().link();
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    String getCalendarText() {
        return calendarText;
    }

    String getCalendarMethod() {
        return calendarMethod;
    }

    Channel getChannel() {
        return channel;
    }

    String getDedupKey() {
        return dedupKey;
    }

    String getRecipientAddress() {
        return recipientAddress;
    }

    String getRecipientName() {
        return recipientName;
    }

    String getKind() {
        return kind;
    }

    String getSubject() {
        return subject;
    }

    String getBodyText() {
        return bodyText;
    }

    String getBodyHtml() {
        return bodyHtml;
    }

    String getUnsubscribeUrl() {
        return unsubscribeUrl;
    }

    OutboxStatus getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }
}
