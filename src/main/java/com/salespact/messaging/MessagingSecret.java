package com.salespact.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The one row holding the generated key for unsubscribe links (when none is configured). */
@Entity
@Table(name = "messaging_secret")
class MessagingSecret {

    static final int THE_ROW = 1;

    @Id
    private Integer id;

    @Column(nullable = false, length = 200)
    private String secret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MessagingSecret() {
    }

    MessagingSecret(String secret, Instant createdAt) {
        this.id = THE_ROW;
        this.secret = secret;
        this.createdAt = createdAt;
    }

    String getSecret() {
        return secret;
    }
}
