package com.salespact.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message for one person, shown under the bell until they read it. */
@Entity
@Table(name = "app_notification")
class AppNotification {

    static final int MAX_MESSAGE = 1000;
    static final int MAX_KIND = 40;
    static final int MAX_LINK = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(nullable = false, length = MAX_KIND)
    private String kind;

    @Column(nullable = false, length = MAX_MESSAGE)
    private String message;

    @Column(length = MAX_LINK)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected AppNotification() {
    }

    AppNotification(long personId, String kind, String message, String link, Instant createdAt) {
        this.personId = personId;
        this.kind = kind;
        this.message = message;
        this.link = link;
        this.createdAt = createdAt;
    }

    void markRead(Instant when) {
        if (readAt == null) {
            readAt = when;
        }
    }

    Long getId() {
        return id;
    }

    Long getPersonId() {
        return personId;
    }

    NotificationLine line() {
        return new NotificationLine(id, kind, message, link, createdAt, readAt != null);
    }
}
